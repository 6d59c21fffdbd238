-- A generated column's expression changes (new side).
CREATE TABLE t (w integer, h integer, area integer GENERATED ALWAYS AS (w * h * 2) STORED);
