-- The view's condition changes, its columns stay: CREATE OR REPLACE VIEW.
CREATE TABLE t (id integer PRIMARY KEY, name text, active boolean);
CREATE VIEW v AS SELECT id, name FROM t WHERE active;
CREATE VIEW w AS SELECT name FROM v;
