-- A sequence's start value changes (old side).
CREATE SEQUENCE s START 1;
