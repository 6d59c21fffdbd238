CREATE TYPE pair AS (a integer, b integer);
CREATE CAST (pair AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pair AS text) IS 'print';
