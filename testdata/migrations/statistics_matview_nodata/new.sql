CREATE TABLE src (a integer, b integer);
CREATE MATERIALIZED VIEW mv AS SELECT a, b FROM src;
CREATE STATISTICS mv_ab (mcv) ON a, b FROM mv;
