CREATE TABLE t (w integer NOT NULL, h integer NOT NULL, area integer GENERATED ALWAYS AS (w * h) STORED);
