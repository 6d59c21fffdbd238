-- requires: SELECT current_setting('server_version_num')::int < 170000
-- roles: strata_writer, strata_reader
-- Revoking some privileges out of ALL, and the seven privileges of
-- PostgreSQL 13 to 16 spelt out (17 and later also have MAINTAIN, so the
-- result differs there).
CREATE TABLE t (id integer);
GRANT ALL ON t TO strata_writer;
REVOKE TRUNCATE, TRIGGER ON t FROM strata_writer;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON t TO strata_reader;
