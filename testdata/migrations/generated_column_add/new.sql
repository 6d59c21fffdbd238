-- A generated column is added (new side).
CREATE TABLE t (c numeric, f numeric GENERATED ALWAYS AS (c * 9 / 5 + 32) STORED);
