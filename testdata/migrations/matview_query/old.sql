-- A materialized view's query changes: it is dropped and created with its indexes and comments.
CREATE TABLE t (id integer, kind text);
CREATE MATERIALIZED VIEW m AS SELECT kind, count(*) AS n FROM t GROUP BY kind;
CREATE INDEX m_kind ON m (kind);
COMMENT ON MATERIALIZED VIEW m IS 'counts';
CREATE VIEW over_m AS SELECT kind FROM m;
