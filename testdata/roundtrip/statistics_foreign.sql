-- Statistics objects on foreign tables: kinds, a target and a comment;
-- ALTER FOREIGN TABLE DROP COLUMN drops the statistics objects using the
-- column; DROP FOREIGN TABLE and DROP SERVER ... CASCADE drop theirs.
CREATE FOREIGN DATA WRAPPER stats_w;
CREATE SERVER stats_s FOREIGN DATA WRAPPER stats_w;
CREATE SERVER stats_doomed FOREIGN DATA WRAPPER stats_w;
CREATE SCHEMA fx;
CREATE FOREIGN TABLE fx.ft (x integer, y integer, z text COLLATE "C", w bigint) SERVER stats_s;
CREATE STATISTICS fx.ft_xy (ndistinct) ON y, x FROM fx.ft;
CREATE STATISTICS public.ft_all ON x, y, z FROM fx.ft;
CREATE STATISTICS fx.ft_w ON x, w FROM fx.ft;
ALTER STATISTICS fx.ft_xy SET STATISTICS 70;
COMMENT ON STATISTICS public.ft_all IS 'on a foreign table';
ALTER FOREIGN TABLE fx.ft DROP COLUMN w;
ALTER FOREIGN TABLE fx.ft ADD COLUMN w bigint;
CREATE FOREIGN TABLE fx.gone (p integer, q integer) SERVER stats_s;
CREATE STATISTICS fx.gone_pq ON p, q FROM fx.gone;
DROP FOREIGN TABLE fx.gone;
CREATE FOREIGN TABLE fx.on_doomed (p integer, q integer) SERVER stats_doomed;
CREATE STATISTICS fx.on_doomed_pq ON p, q FROM fx.on_doomed;
DROP SERVER stats_doomed CASCADE;
