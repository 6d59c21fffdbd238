-- The comments of a schema, table, column, index, constraint, sequence and enum are removed (old side).
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 's';
CREATE TYPE app.e AS ENUM ('a');
COMMENT ON TYPE app.e IS 'e';
CREATE SEQUENCE app.q;
COMMENT ON SEQUENCE app.q IS 'q';
CREATE TABLE app.t (id integer CONSTRAINT t_pk PRIMARY KEY, v text CONSTRAINT t_v_check CHECK (v <> ''));
CREATE INDEX t_v ON app.t (v);
COMMENT ON TABLE app.t IS 't';
COMMENT ON COLUMN app.t.v IS 'v';
COMMENT ON INDEX app.t_v IS 'i';
COMMENT ON CONSTRAINT t_v_check ON app.t IS 'c';
COMMENT ON INDEX app.t_pk IS 'pk index';
