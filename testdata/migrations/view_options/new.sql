-- View options and check options change in place.
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE VIEW v WITH (security_barrier = true, security_invoker = true) AS SELECT id, name FROM t WHERE id > 0 WITH CASCADED CHECK OPTION;
CREATE VIEW w AS SELECT id FROM t;
