-- roles: strata_lead, strata_dev
CREATE SCHEMA app;
CREATE TABLE app.t (id integer);
GRANT SELECT ON app.t TO strata_lead WITH GRANT OPTION;
GRANT UPDATE ON app.t TO strata_lead;
GRANT SELECT ON app.t TO strata_dev;
GRANT USAGE ON SCHEMA app TO strata_lead WITH GRANT OPTION;
