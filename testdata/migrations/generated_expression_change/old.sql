-- A generated column's expression changes (old side).
CREATE TABLE t (w integer, h integer, area integer GENERATED ALWAYS AS (w * h) STORED);
