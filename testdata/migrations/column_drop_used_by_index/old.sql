-- A column that an index uses is dropped (old side).
CREATE TABLE t (id integer, a text, b text);
CREATE INDEX t_a_b ON t (a, b);
