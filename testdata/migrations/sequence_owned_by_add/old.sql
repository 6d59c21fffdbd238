-- A sequence becomes owned by a column (old side).
CREATE TABLE t (id integer);
CREATE SEQUENCE t_seq;
