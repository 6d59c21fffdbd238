-- roles: strata_app
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TYPE pair AS (a integer, b text);
GRANT USAGE ON TYPE pair TO strata_app;
