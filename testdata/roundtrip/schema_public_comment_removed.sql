-- The public schema with its default comment removed, next to a table in it.
COMMENT ON SCHEMA public IS NULL;
CREATE TABLE plain (id integer);
