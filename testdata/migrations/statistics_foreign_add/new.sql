CREATE FOREIGN DATA WRAPPER stats_w;
CREATE SERVER stats_s FOREIGN DATA WRAPPER stats_w;
CREATE FOREIGN TABLE kept (x integer, y integer) SERVER stats_s;
CREATE STATISTICS kept_xy (ndistinct) ON x, y FROM kept;
CREATE FOREIGN TABLE added (p integer, q integer, r text) SERVER stats_s;
CREATE STATISTICS added_pqr ON p, q, r FROM added;
ALTER STATISTICS added_pqr SET STATISTICS 55;
