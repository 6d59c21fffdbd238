-- requires: SELECT count(*) = 1 FROM pg_available_extensions WHERE name = 'file_fdw'
-- A server of file_fdw's wrapper and a foreign table on it are added (new side)
CREATE TABLE t (id integer);
CREATE EXTENSION file_fdw;
CREATE SERVER import_csv FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE projects_dump (id integer, name text) SERVER import_csv OPTIONS (filename '/tmp/projects_dump.csv', format 'csv');
