-- A sequence's data type changes from bigint to integer (old side).
CREATE SEQUENCE s;
