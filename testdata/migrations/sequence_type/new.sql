-- A sequence's data type changes from bigint to integer (new side).
CREATE SEQUENCE s AS integer;
