-- A sequence becomes descending (old side).
CREATE SEQUENCE s;
