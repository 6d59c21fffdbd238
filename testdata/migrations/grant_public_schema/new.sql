-- requires: SELECT current_setting('server_version_num')::int >= 150000
-- roles: strata_app
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO strata_app;
CREATE TABLE t (id integer);
