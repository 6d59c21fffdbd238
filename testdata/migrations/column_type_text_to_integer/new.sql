-- A text column becomes integer (needs USING) (new side).
CREATE TABLE t (id integer, qty integer);
