CREATE TYPE c AS (a integer, b text);
CREATE TABLE t (x c);
