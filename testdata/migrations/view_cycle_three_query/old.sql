-- Three views in a cycle across schemas; one gets a new query with a
-- column added at the end (CREATE OR REPLACE VIEW), another a new WHERE.
CREATE SCHEMA app;
CREATE TABLE app.items (id integer, label text, price numeric(8,2));
CREATE VIEW app.x AS SELECT id, label FROM app.items;
CREATE VIEW y AS SELECT id, label FROM app.x;
CREATE VIEW z AS SELECT id, label FROM y;
CREATE OR REPLACE VIEW app.x AS SELECT z.id, z.label FROM z;
