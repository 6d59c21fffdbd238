-- A column's statistics target is set (old side).
CREATE TABLE t (v text);
