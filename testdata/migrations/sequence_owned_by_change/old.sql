-- A sequence's owning column changes (old side).
CREATE TABLE t (a integer, b integer);
CREATE SEQUENCE t_seq OWNED BY t.a;
