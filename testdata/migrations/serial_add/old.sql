-- A serial column is added (sequence, default and ownership) (old side).
CREATE TABLE t (v text);
