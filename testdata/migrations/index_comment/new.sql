-- An index's comment is set (new side).
CREATE TABLE t (a integer);
CREATE INDEX t_a ON t (a);
COMMENT ON INDEX t_a IS 'for lookups by a';
