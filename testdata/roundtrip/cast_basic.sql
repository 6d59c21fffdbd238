-- CREATE CAST: without function, with inout, with a function, contexts
-- and comments.
CREATE DOMAIN public.titlecasetext AS text;
CREATE TYPE pair AS (a integer, b integer);
CREATE CAST (pair AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS pair) WITH INOUT;
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE CAST (mood AS integer) WITH INOUT AS IMPLICIT;
COMMENT ON CAST (pair AS text) IS 'pairs print';
CREATE CAST (integer AS pair) WITH INOUT;
DROP CAST (integer AS pair);
DROP CAST IF EXISTS (integer AS pair);
