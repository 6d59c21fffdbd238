-- roles: strata_reader, strata_fdw_user
-- Privileges on foreign-data wrappers, servers and foreign tables (with
-- column privileges); ALL TABLES IN SCHEMA takes foreign tables too.
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER remote FOREIGN DATA WRAPPER dummy;
CREATE SCHEMA ext;
CREATE FOREIGN TABLE ext.ft (id integer, name text) SERVER remote;
CREATE FOREIGN TABLE public.other (id integer) SERVER remote;
GRANT USAGE ON FOREIGN DATA WRAPPER dummy TO strata_fdw_user WITH GRANT OPTION;
GRANT ALL ON FOREIGN SERVER remote TO strata_fdw_user;
GRANT SELECT ON ALL TABLES IN SCHEMA ext TO strata_reader;
GRANT SELECT (id), UPDATE (name) ON ext.ft TO strata_fdw_user;
GRANT INSERT ON public.other TO PUBLIC;
