-- SET search_path to another schema: unqualified CREATEs land there, and names resolve through it (tables, sequences, FKs, indexes, comments).
CREATE SCHEMA app;
CREATE SCHEMA lib;
SET search_path = app, public;
CREATE TABLE users (id serial PRIMARY KEY, name text);
CREATE SEQUENCE ticket_seq;
CREATE TABLE tickets (
    id integer DEFAULT nextval('ticket_seq') PRIMARY KEY,
    user_id integer REFERENCES users
);
CREATE INDEX tickets_user ON tickets (user_id);
COMMENT ON TABLE users IS 'in app';
COMMENT ON COLUMN tickets.user_id IS 'fk';
SET search_path TO lib;
CREATE TABLE users (id integer);
SET search_path TO public;
CREATE TABLE users (id integer, app_user integer REFERENCES app.users);
SELECT pg_catalog.set_config('search_path', 'lib', false);
CREATE TABLE books (id integer);
RESET search_path;
CREATE TABLE after_reset (id integer);
