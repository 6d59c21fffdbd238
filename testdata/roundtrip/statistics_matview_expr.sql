-- Expression statistics on a materialized view (PostgreSQL 14+): the
-- expressions follow column renames of the materialized view, and are
-- compared as the server prints them in the view's column types (a
-- comparison of a varchar column with a literal prints casts the
-- column's type decides).
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TABLE src (a integer, b numeric, c text, d timestamp with time zone, v varchar(20));
CREATE MATERIALIZED VIEW mv AS SELECT a, b, c, d, v, a + 1 AS a1 FROM src WITH NO DATA;
CREATE STATISTICS mv_exprs ON (a + a1), (lower(c)) FROM mv;
CREATE STATISTICS mv_mixed ON b, (date_trunc('day', d)) FROM mv;
CREATE STATISTICS mv_one ON ((b * 2)) FROM mv;
CREATE STATISTICS mv_cast ON (v = 'x'), (v || 'y') FROM mv;
ALTER STATISTICS mv_one SET STATISTICS 10;
ALTER MATERIALIZED VIEW mv RENAME COLUMN c TO label;
ALTER MATERIALIZED VIEW mv RENAME COLUMN b TO amount;
