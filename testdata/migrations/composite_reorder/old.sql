CREATE TYPE c AS (a integer, b text);
