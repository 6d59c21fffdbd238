-- roles: strata_reader, strata_writer
-- Every kind of object ALTER DEFAULT PRIVILEGES applies to gets its
-- entries: partitions, materialized views, foreign tables, aggregates,
-- composite and range types; columns get nothing.
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT UPDATE ON TABLES TO strata_writer;
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO strata_writer WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE ON TYPES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO strata_reader;
CREATE TABLE m (id integer, at date) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE MATERIALIZED VIEW mv AS SELECT id FROM m;
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER remote FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE ft (id integer) SERVER remote;
CREATE FUNCTION add2(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE AGGREGATE total(integer) (sfunc = add2, stype = integer, initcond = '0');
CREATE TYPE pair AS (a integer, b text);
CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE SEQUENCE counter;
-- A table-level revoke after creation, as usual.
REVOKE SELECT ON m_2024 FROM strata_reader;
