CREATE TABLE t (id integer, v text, w text);
CREATE VIEW tv AS SELECT id, v, w FROM t;
