-- Columns are added at the end and one dropped from the middle (new side).
CREATE TABLE t (id integer, b text, c text, d integer);
