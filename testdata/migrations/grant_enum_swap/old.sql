-- roles: strata_app
-- Removing an enum value swaps in a new type, which starts with the
-- default privileges.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
REVOKE USAGE ON TYPE mood FROM PUBLIC;
GRANT USAGE ON TYPE mood TO strata_app;
