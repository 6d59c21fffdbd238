-- A view gains a column at the end: CREATE OR REPLACE VIEW forward, a drop and create backward.
CREATE TABLE t (id integer PRIMARY KEY, name text, qty integer);
CREATE VIEW v AS SELECT id, name, qty FROM t;
CREATE VIEW w AS SELECT id FROM v;
