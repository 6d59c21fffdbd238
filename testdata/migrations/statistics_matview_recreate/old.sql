-- The query of a materialized view changes, so the plan drops it and
-- creates it again: its statistics objects, unchanged, must be dropped
-- before and created again after, with their targets and comments (both
-- directions).
CREATE TABLE src (a integer, b integer, c text);
CREATE MATERIALIZED VIEW mv AS SELECT a, b, c FROM src WHERE a > 0;
CREATE STATISTICS mv_ab ON a, b FROM mv;
CREATE STATISTICS mv_bc (ndistinct) ON b, c FROM mv;
ALTER STATISTICS mv_ab SET STATISTICS 123;
COMMENT ON STATISTICS mv_bc IS 'kept across the re-creation';
CREATE VIEW over_mv AS SELECT a FROM mv;
