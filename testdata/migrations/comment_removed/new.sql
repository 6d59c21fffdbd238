-- The comments of a schema, table, column, index, constraint, sequence and enum are removed (new side).
CREATE SCHEMA app;
CREATE TYPE app.e AS ENUM ('a');
CREATE SEQUENCE app.q;
CREATE TABLE app.t (id integer CONSTRAINT t_pk PRIMARY KEY, v text CONSTRAINT t_v_check CHECK (v <> ''));
CREATE INDEX t_v ON app.t (v);
