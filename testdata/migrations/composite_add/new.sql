CREATE SCHEMA app;
CREATE TYPE app.point_2d AS (x integer, y integer);
CREATE TYPE app.labelled AS (label text COLLATE "C", at app.point_2d);
COMMENT ON TYPE app.labelled IS 'a labelled point';
COMMENT ON COLUMN app.labelled.label IS 'the label';
CREATE TABLE app.t (l app.labelled, pts app.point_2d[]);
