-- roles: strata_app
-- Types and domains: PUBLIC may use them by default.
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TYPE pair AS (a integer, b text);
CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE TYPE open_type AS ENUM ('a');
REVOKE USAGE ON TYPE mood FROM PUBLIC;
GRANT USAGE ON TYPE mood TO strata_app;
REVOKE ALL ON DOMAIN posint FROM PUBLIC;
GRANT USAGE ON DOMAIN posint TO strata_app WITH GRANT OPTION;
GRANT ALL ON TYPE pair TO strata_app;
REVOKE USAGE ON TYPE floatrange FROM PUBLIC;
GRANT USAGE ON TYPE open_type TO PUBLIC;
