CREATE TABLE src (a integer, b integer, c text);
CREATE MATERIALIZED VIEW mv AS SELECT a, b, c FROM src;
CREATE INDEX mv_a ON mv (a);
CREATE STATISTICS mv_ab (dependencies) ON a, b FROM mv;
CREATE STATISTICS mv_bc ON b, c FROM mv;
ALTER STATISTICS mv_ab SET STATISTICS 300;
COMMENT ON STATISTICS mv_bc IS 'added';
