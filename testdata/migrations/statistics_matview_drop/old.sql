-- A materialized view dropped with its statistics objects, one of them in
-- another schema (forward); backward, the materialized view is created,
-- then its statistics objects.
CREATE SCHEMA stx;
CREATE TABLE src (a integer, b integer, c text);
CREATE MATERIALIZED VIEW mv AS SELECT a, b, c FROM src;
CREATE STATISTICS stx.mv_ab ON a, b FROM mv;
CREATE STATISTICS public.mv_bc (mcv) ON b, c FROM mv;
ALTER STATISTICS public.mv_bc SET STATISTICS 40;
