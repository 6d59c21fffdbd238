-- roles: strata_lead, strata_dev
-- WITH GRANT OPTION, and REVOKE GRANT OPTION FOR, which leaves the
-- privilege itself.
CREATE SCHEMA app;
CREATE TABLE app.t (id integer);
GRANT SELECT, INSERT ON app.t TO strata_lead WITH GRANT OPTION;
GRANT UPDATE ON app.t TO strata_lead;
GRANT SELECT ON app.t TO strata_dev WITH GRANT OPTION;
REVOKE GRANT OPTION FOR SELECT ON app.t FROM strata_dev;
GRANT USAGE ON SCHEMA app TO strata_lead WITH GRANT OPTION;
