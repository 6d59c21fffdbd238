-- A sequence owned by a column outlives the column (new side).
CREATE TABLE t (id integer);
CREATE SEQUENCE legacy_seq;
