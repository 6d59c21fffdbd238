-- A comment on every object kind the model has, with quotes and newlines in the text.
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application
objects';
CREATE TYPE app.state AS ENUM ('on', 'off');
COMMENT ON TYPE app.state IS 'it''s a state';
CREATE SEQUENCE app.counter;
COMMENT ON SEQUENCE app.counter IS 'counts';
CREATE TABLE app.t (id integer PRIMARY KEY, s app.state, CONSTRAINT s_set CHECK (s IS NOT NULL));
COMMENT ON TABLE app.t IS 'a table';
COMMENT ON COLUMN app.t.s IS 'the state';
COMMENT ON CONSTRAINT t_pkey ON app.t IS 'the key';
COMMENT ON CONSTRAINT s_set ON app.t IS 'must be set';
CREATE INDEX t_s_idx ON app.t (s);
COMMENT ON INDEX app.t_s_idx IS 'by state';
