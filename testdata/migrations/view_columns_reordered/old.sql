-- The view's columns change order and type: it is dropped and created, and the view over it too.
CREATE TABLE t (id integer PRIMARY KEY, name text, qty integer);
CREATE VIEW v AS SELECT id, name, qty FROM t;
CREATE VIEW w AS SELECT v.name, v.qty FROM v;
