-- A view is added (new side) or dropped (old side).
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE VIEW t_names AS SELECT id, name FROM t WHERE name IS NOT NULL;
COMMENT ON VIEW t_names IS 'named rows';
