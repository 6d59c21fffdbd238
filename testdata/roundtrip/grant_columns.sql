-- roles: strata_reader, strata_writer
-- Column privileges, next to table privileges; a table-level REVOKE takes
-- the same privilege off every column too.
CREATE TABLE person (id integer PRIMARY KEY, name text, salary numeric, "Note" text);
GRANT SELECT (id, name), UPDATE (name) ON person TO strata_reader;
GRANT SELECT (id, "Note") ON person TO PUBLIC;
GRANT INSERT ON person TO strata_writer;
GRANT UPDATE (name, salary), REFERENCES (id) ON person TO strata_writer WITH GRANT OPTION;
GRANT ALL (salary) ON person TO strata_reader;
REVOKE UPDATE ON person FROM strata_reader;
REVOKE SELECT ("Note") ON person FROM PUBLIC;
