-- roles: strata_reader, strata_fdw_user
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER remote FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE ft (id integer, name text) SERVER remote;
GRANT USAGE ON FOREIGN SERVER remote TO strata_reader;
GRANT SELECT ON ft TO strata_reader;
