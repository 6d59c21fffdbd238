-- Columns are added at the end and one dropped from the middle (old side).
CREATE TABLE t (id integer, a text, b text);
