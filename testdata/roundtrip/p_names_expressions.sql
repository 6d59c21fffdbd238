-- Index names from expression keys: the function name, a cast's argument or type, CASE, COALESCE, operators ("expr"), INCLUDE columns, duplicates numbered.
CREATE TABLE t (a text, b text, n integer, m integer);
CREATE INDEX ON t (lower(a));
CREATE INDEX ON t (lower(a), upper(b), lower(b));
CREATE INDEX ON t ((n + m));
CREATE INDEX ON t ((n + m), (n * m));
CREATE INDEX ON t ((a::integer));
CREATE INDEX ON t (('x'::text || a));
CREATE INDEX ON t ((CASE WHEN n > 0 THEN a END));
CREATE INDEX ON t ((COALESCE(a, b)));
CREATE INDEX ON t ((a COLLATE "C"));
CREATE INDEX ON t ((a));
CREATE INDEX ON t (n) INCLUDE (m, a);
CREATE INDEX ON t USING hash (b);
CREATE UNIQUE INDEX ON t (m DESC NULLS LAST, n NULLS FIRST);
