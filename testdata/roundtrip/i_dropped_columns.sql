-- Dropped columns leave gaps in pg_attribute numbering; columns keep their order and later additions come last.
CREATE TABLE t (a integer, b text DEFAULT 'x', c integer, d integer);
ALTER TABLE t DROP COLUMN b;
ALTER TABLE t ADD COLUMN e text DEFAULT 'y';
ALTER TABLE t DROP COLUMN d;
CREATE INDEX t_e_idx ON t (e);
COMMENT ON COLUMN t.e IS 'after a drop';
