CREATE TABLE t (id integer, v varchar(50));
CREATE VIEW tv AS SELECT id, v FROM t;
