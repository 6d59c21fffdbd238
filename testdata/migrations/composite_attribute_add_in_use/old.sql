CREATE TYPE c AS (a integer);
CREATE TABLE t (x c);
