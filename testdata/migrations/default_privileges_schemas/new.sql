-- roles: strata_reader
-- Created before the entries: the plan, which creates them while the
-- database's entries are in force, takes back what those give.
CREATE SCHEMA early;
CREATE SEQUENCE early.counter;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO strata_reader;
CREATE SCHEMA kept;
CREATE SCHEMA late;
CREATE SEQUENCE late.counter;
