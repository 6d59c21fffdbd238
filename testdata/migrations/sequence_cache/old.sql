-- A sequence's cache changes (old side).
CREATE SEQUENCE s;
