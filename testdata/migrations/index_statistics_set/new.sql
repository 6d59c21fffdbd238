-- Indexes whose expression keys have statistics targets are created (new side): the targets follow CREATE INDEX / ADD CONSTRAINT; on a new table too.
CREATE TABLE t (a integer, b text);
CREATE INDEX t_lower ON t (lower(b), a, (a + 1));
ALTER INDEX t_lower ALTER COLUMN 1 SET STATISTICS 3000;
ALTER INDEX t_lower ALTER COLUMN 3 SET STATISTICS 0;
ALTER TABLE t ADD CONSTRAINT t_upper_excl EXCLUDE ((upper(b)) WITH =);
ALTER INDEX t_upper_excl ALTER COLUMN 1 SET STATISTICS 250;
CREATE TABLE n (x text, EXCLUDE ((md5(x)) WITH =));
CREATE INDEX n_len ON n (length(x));
ALTER INDEX n_len ALTER COLUMN 1 SET STATISTICS 150;
ALTER INDEX n_md5_excl ALTER COLUMN 1 SET STATISTICS 50;
CREATE MATERIALIZED VIEW m AS SELECT a, b FROM t;
CREATE INDEX m_lower ON m (lower(b));
ALTER INDEX m_lower ALTER COLUMN 1 SET STATISTICS 700;
