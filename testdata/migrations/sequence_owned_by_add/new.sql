-- A sequence becomes owned by a column (new side).
CREATE TABLE t (id integer);
CREATE SEQUENCE t_seq OWNED BY t.id;
