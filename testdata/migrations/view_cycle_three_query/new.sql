CREATE SCHEMA app;
CREATE TABLE app.items (id integer, label text, price numeric(8,2));
CREATE VIEW app.x AS SELECT id, label FROM app.items;
CREATE VIEW y AS SELECT id, label FROM app.x;
CREATE VIEW z AS SELECT id, label FROM y;
CREATE OR REPLACE VIEW app.x AS SELECT z.id, z.label, length(z.label) AS len FROM z;
CREATE OR REPLACE VIEW y AS SELECT x.id, x.label FROM app.x WHERE x.id > 0;
