-- A materialized view created WITH NO DATA in one version and populated
-- in the other (the plan re-creates it): its statistics object, changed
-- too (kinds), is created on either.
CREATE TABLE src (a integer, b integer);
CREATE MATERIALIZED VIEW mv AS SELECT a, b FROM src WITH NO DATA;
CREATE STATISTICS mv_ab (ndistinct) ON a, b FROM mv;
