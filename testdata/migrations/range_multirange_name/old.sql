CREATE SCHEMA other;
CREATE TABLE t (id integer);
