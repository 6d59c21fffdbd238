-- requires: SELECT count(*) = 1 FROM pg_available_extensions WHERE name = 'file_fdw'
-- A server of file_fdw's wrapper and a foreign table on it are added (old side)
CREATE TABLE t (id integer);
