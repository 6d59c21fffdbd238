-- roles: strata_reader
CREATE SCHEMA app;
CREATE TYPE app.kind AS ENUM ('a', 'b');
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO strata_reader;
CREATE TABLE app.t (id integer);
