-- A sequence's comment is set (old side).
CREATE SEQUENCE s;
