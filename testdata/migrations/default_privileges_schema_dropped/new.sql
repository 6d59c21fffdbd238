-- roles: strata_reader
-- The schema app and its entry go away together (DROP SCHEMA drops the
-- entry); the other schema and its entry are new.
CREATE SCHEMA other;
ALTER DEFAULT PRIVILEGES IN SCHEMA other GRANT SELECT ON TABLES TO strata_reader;
CREATE TABLE other.t (id integer);
