-- requires: SELECT current_setting('server_version_num')::int >= 150000
-- roles: strata_app
-- Hardening the public schema: PUBLIC loses its default USAGE, one role
-- gets it. PostgreSQL 15 gives PUBLIC only USAGE on public (13 and 14:
-- USAGE and CREATE), which the model takes as the default.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO strata_app;
CREATE TABLE public.t (id integer);
