-- roles: strata_reader, strata_writer
CREATE TABLE person (id integer PRIMARY KEY, name text, salary numeric);
GRANT SELECT (name, salary), UPDATE (salary) ON person TO strata_reader;
GRANT UPDATE (name) ON person TO strata_writer WITH GRANT OPTION;
GRANT REFERENCES (id) ON person TO PUBLIC;
