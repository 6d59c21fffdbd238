-- roles: strata_temp
-- Privileges granted and revoked again leave a non-NULL ACL with only the
-- owner's entry: the same model as never granting.
CREATE TABLE t (id integer, n integer);
CREATE SEQUENCE s;
CREATE SCHEMA app;
GRANT ALL ON t TO strata_temp;
GRANT SELECT (n) ON t TO strata_temp;
REVOKE ALL ON t FROM strata_temp;
GRANT ALL ON SEQUENCE s TO PUBLIC;
REVOKE ALL ON SEQUENCE s FROM PUBLIC;
GRANT USAGE ON SCHEMA app TO strata_temp;
REVOKE USAGE ON SCHEMA app FROM strata_temp;
