-- A sequence's owning column changes (new side).
CREATE TABLE t (a integer, b integer);
CREATE SEQUENCE t_seq OWNED BY t.b;
