-- Columns of user-defined types: enums in public and another schema, arrays of them, and extension types (citext, hstore).
CREATE EXTENSION citext;
CREATE EXTENSION hstore;
CREATE SCHEMA app;
CREATE TYPE level AS ENUM ('debug', 'info', 'warn');
CREATE TYPE app.level AS ENUM ('low', 'high');
CREATE TABLE app.events (
    l1 public.level,
    l2 app.level,
    l3 level[],
    l4 app.level[] DEFAULT ARRAY['low'::app.level],
    email citext,
    emails citext[],
    props hstore
);
