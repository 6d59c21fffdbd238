-- A sequence's start value changes (new side).
CREATE SEQUENCE s START 500;
