-- Statistics targets of index keys change in place (ALTER INDEX ... SET STATISTICS, no re-create): set, changed and reset, on an index, an exclusion constraint's index and a materialized view's index.
CREATE TABLE t (a integer, b text);
CREATE INDEX t_lower ON t (lower(b), a, (a + 1));
ALTER INDEX t_lower ALTER COLUMN 1 SET STATISTICS 500;
ALTER INDEX t_lower ALTER COLUMN 3 SET STATISTICS 20;
CREATE INDEX t_upper ON t (upper(b));
ALTER INDEX t_upper ALTER COLUMN 1 SET STATISTICS 1000;
CREATE INDEX t_len ON t (length(b));
COMMENT ON INDEX t_len IS 'by length of b';
ALTER TABLE t ADD CONSTRAINT t_md5_excl EXCLUDE ((md5(b)) WITH =);
ALTER INDEX t_md5_excl ALTER COLUMN 1 SET STATISTICS 40;
CREATE MATERIALIZED VIEW m AS SELECT a, b FROM t;
CREATE INDEX m_lower ON m (lower(b));
