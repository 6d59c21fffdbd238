-- Columns of a foreign table are added, dropped and altered in place (new side)
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE t (a bigint NOT NULL DEFAULT 0, b text OPTIONS (x '2', y '3') COLLATE "C", c varchar(20), d date OPTIONS (z '1'), e integer) SERVER s1 OPTIONS (two '2');
COMMENT ON COLUMN t.a IS 'a';
