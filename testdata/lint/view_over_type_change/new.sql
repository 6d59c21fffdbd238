CREATE TABLE t (id integer, v varchar(10));
CREATE VIEW tv AS SELECT id, v FROM t;
