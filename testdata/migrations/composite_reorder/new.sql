CREATE TYPE c AS (b text, a integer);
