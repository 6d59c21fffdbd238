-- What other statements do to statistics objects: renaming a column or a
-- table is followed (column keys and expressions), DROP COLUMN drops every
-- statistics object using the column, DROP TABLE and DROP SCHEMA CASCADE
-- drop theirs, ALTER TABLE SET SCHEMA leaves the statistics object where
-- it is, ALTER STATISTICS RENAME and SET SCHEMA move it.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE SCHEMA doomed;
CREATE TABLE a.t (x integer, y integer, z text, w integer);
CREATE STATISTICS a.s_xy ON x, y FROM a.t;
CREATE STATISTICS a.s_expr ON (x + y), (upper(z)) FROM a.t;
CREATE STATISTICS a.s_w ON y, w FROM a.t;
CREATE STATISTICS a.s_wexpr ON x, (w * 2) FROM a.t;
ALTER TABLE a.t RENAME COLUMN x TO xx;
ALTER TABLE a.t RENAME COLUMN y TO x;
ALTER TABLE a.t DROP COLUMN w;
ALTER TABLE a.t RENAME TO t2;
ALTER TABLE a.t2 SET SCHEMA b;
ALTER STATISTICS a.s_xy RENAME TO s_pair;
ALTER STATISTICS a.s_pair SET SCHEMA b;
ALTER TABLE b.t2 ADD COLUMN w integer;
CREATE TABLE a.gone (p integer, q integer);
CREATE STATISTICS b.s_gone ON p, q FROM a.gone;
DROP TABLE a.gone;
CREATE TABLE doomed.t (p integer, q integer);
CREATE STATISTICS a.s_doomed ON p, q FROM doomed.t;
CREATE STATISTICS doomed.s ON p, q FROM doomed.t;
DROP SCHEMA doomed CASCADE;
CREATE TABLE a.parted (k integer, v integer, note text) PARTITION BY RANGE (k);
CREATE TABLE a.part1 PARTITION OF a.parted FOR VALUES FROM (0) TO (100);
CREATE STATISTICS a.s_parted ON k, v FROM a.parted;
CREATE STATISTICS a.s_part1 (dependencies) ON note, v FROM a.part1;
CREATE TABLE a.parted2 (k integer, v integer, extra integer) PARTITION BY LIST (k);
CREATE TABLE a.p2a PARTITION OF a.parted2 FOR VALUES IN (1);
CREATE STATISTICS a.s_p2a ON v, extra FROM a.p2a;
CREATE STATISTICS a.s_p2a_kept ON k, v FROM a.p2a;
ALTER TABLE a.parted2 DROP COLUMN extra;
ALTER SCHEMA a RENAME TO a_renamed;
