-- View options and check options change in place.
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE VIEW v AS SELECT id, name FROM t WHERE id > 0;
CREATE VIEW w WITH (security_barrier) AS SELECT id FROM t WITH LOCAL CHECK OPTION;
