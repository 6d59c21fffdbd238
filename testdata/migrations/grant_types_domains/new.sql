-- roles: strata_app
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TYPE pair AS (a integer, b text);
REVOKE USAGE ON DOMAIN posint FROM PUBLIC;
GRANT USAGE ON DOMAIN posint TO strata_app;
REVOKE USAGE ON TYPE pair FROM PUBLIC;
