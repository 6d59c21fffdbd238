-- A column of a foreign table used by a statistics object changes type:
-- PostgreSQL rebuilds the statistics object and loses its target, so the
-- plan drops and creates it again around the change (both directions);
-- PostgreSQL refuses the change while a view uses the column, so the view
-- is dropped and created again around it too.
CREATE FOREIGN DATA WRAPPER stats_w;
CREATE SERVER stats_s FOREIGN DATA WRAPPER stats_w;
CREATE FOREIGN TABLE ft (x integer, y integer, z text) SERVER stats_s;
CREATE STATISTICS ft_xy ON x, y FROM ft;
CREATE STATISTICS ft_yz ON y, z FROM ft;
ALTER STATISTICS ft_xy SET STATISTICS 77;
CREATE VIEW over_ft AS SELECT x, y FROM ft;
