-- Statistics objects on materialized views: on one created WITH NO DATA
-- (PostgreSQL accepts it) and on a populated one, with kinds, a target
-- and a comment; renaming a column, the materialized view itself or
-- moving it to another schema is followed; DROP MATERIALIZED VIEW and a
-- DROP TABLE ... CASCADE that takes the materialized view drop theirs.
CREATE SCHEMA mvs;
CREATE SCHEMA other;
CREATE TABLE mvs.src (a integer, b integer, c text, d date);
CREATE MATERIALIZED VIEW mvs.empty AS SELECT a, b, c FROM mvs.src WITH NO DATA;
CREATE STATISTICS mvs.empty_ab ON a, b FROM mvs.empty;
CREATE MATERIALIZED VIEW mvs.full AS SELECT a, b, c, d FROM mvs.src;
CREATE STATISTICS mvs.full_bc (dependencies, mcv) ON c, b FROM mvs.full;
CREATE STATISTICS other.full_ad (ndistinct) ON a, d FROM mvs.full;
ALTER STATISTICS mvs.full_bc SET STATISTICS 250;
COMMENT ON STATISTICS other.full_ad IS 'on a materialized view';
ALTER MATERIALIZED VIEW mvs.full RENAME COLUMN a TO a_renamed;
ALTER MATERIALIZED VIEW mvs.full RENAME TO full_renamed;
ALTER MATERIALIZED VIEW mvs.full_renamed SET SCHEMA other;
CREATE MATERIALIZED VIEW mvs.gone AS SELECT a, b FROM mvs.src;
CREATE STATISTICS mvs.gone_ab ON a, b FROM mvs.gone;
DROP MATERIALIZED VIEW mvs.gone;
CREATE TABLE mvs.base (p integer, q integer);
CREATE MATERIALIZED VIEW mvs.over_base AS SELECT p, q FROM mvs.base;
CREATE STATISTICS other.over_base_pq ON p, q FROM mvs.over_base;
DROP TABLE mvs.base CASCADE;
CREATE MATERIALIZED VIEW mvs.recreated AS SELECT a, b FROM mvs.src;
CREATE STATISTICS mvs.recreated_ab ON a, b FROM mvs.recreated;
DROP MATERIALIZED VIEW mvs.recreated;
CREATE MATERIALIZED VIEW mvs.recreated AS SELECT a, b FROM mvs.src;
