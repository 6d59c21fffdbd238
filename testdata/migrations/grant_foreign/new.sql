-- roles: strata_reader, strata_fdw_user
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER remote FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE ft (id integer, name text) SERVER remote;
GRANT USAGE ON FOREIGN DATA WRAPPER dummy TO strata_fdw_user;
GRANT USAGE ON FOREIGN SERVER remote TO strata_fdw_user;
GRANT SELECT (id) ON ft TO strata_reader;
GRANT INSERT ON ft TO strata_fdw_user;
