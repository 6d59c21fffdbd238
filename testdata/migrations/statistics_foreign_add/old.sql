-- A foreign table created with its statistics objects (forward): the
-- statistics come after the table; backward, they are dropped with it.
CREATE FOREIGN DATA WRAPPER stats_w;
CREATE SERVER stats_s FOREIGN DATA WRAPPER stats_w;
CREATE FOREIGN TABLE kept (x integer, y integer) SERVER stats_s;
