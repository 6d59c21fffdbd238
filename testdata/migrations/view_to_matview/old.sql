-- A view becomes a materialized view.
CREATE TABLE t (id integer, kind text);
CREATE VIEW kinds AS SELECT kind, count(*) AS n FROM t GROUP BY kind;
