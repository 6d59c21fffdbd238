-- A materialized view's storage parameters and WITH NO DATA.
CREATE TABLE t (id integer);
CREATE MATERIALIZED VIEW m AS SELECT id FROM t;
CREATE MATERIALIZED VIEW n AS SELECT id FROM t WITH NO DATA;
