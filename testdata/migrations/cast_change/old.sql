CREATE TYPE pair AS (a integer, b integer);
CREATE CAST (pair AS text) WITH INOUT;
