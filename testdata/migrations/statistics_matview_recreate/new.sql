CREATE TABLE src (a integer, b integer, c text);
CREATE MATERIALIZED VIEW mv AS SELECT a, b, c FROM src WHERE a > 10;
CREATE STATISTICS mv_ab ON a, b FROM mv;
CREATE STATISTICS mv_bc (ndistinct) ON b, c FROM mv;
ALTER STATISTICS mv_ab SET STATISTICS 123;
COMMENT ON STATISTICS mv_bc IS 'kept across the re-creation';
CREATE VIEW over_mv AS SELECT a FROM mv;
