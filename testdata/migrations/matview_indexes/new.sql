-- Indexes of a materialized view are added, changed and dropped in place.
CREATE TABLE t (id integer, kind text, at date);
CREATE MATERIALIZED VIEW m AS SELECT id, kind, at FROM t;
CREATE INDEX m_kind ON m (kind, at);
CREATE UNIQUE INDEX m_id ON m (id);
COMMENT ON INDEX m_id IS 'by id';
