-- A text column becomes integer (needs USING) (old side).
CREATE TABLE t (id integer, qty text);
