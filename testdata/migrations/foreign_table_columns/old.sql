-- Columns of a foreign table are added, dropped and altered in place (old side)
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE t (a integer, b text OPTIONS (x '1'), gone integer, c varchar(10) DEFAULT 'c') SERVER s1 OPTIONS (one '1');
