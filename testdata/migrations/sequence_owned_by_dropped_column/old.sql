-- A sequence owned by a column outlives the column (old side).
CREATE TABLE t (id integer, legacy_id integer);
CREATE SEQUENCE legacy_seq OWNED BY t.legacy_id;
