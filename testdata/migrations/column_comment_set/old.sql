-- A column's comment is set (old side).
CREATE TABLE t (v text);
