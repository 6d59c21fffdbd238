-- roles: strata_reader, strata_app
-- GRANT ... ON ALL TABLES / ALL SEQUENCES IN SCHEMA: only what exists at
-- that moment.
CREATE SCHEMA app;
CREATE TABLE app.a (id serial);
CREATE TABLE app.b (id integer);
CREATE TABLE public.c (id integer);
GRANT SELECT ON ALL TABLES IN SCHEMA app TO strata_reader;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA app TO strata_app;
CREATE TABLE app.later (id integer);
REVOKE SELECT ON ALL TABLES IN SCHEMA app, public FROM strata_reader;
GRANT INSERT ON ALL TABLES IN SCHEMA app TO strata_app;
