-- ALTER MATERIALIZED VIEW: rename, columns, schema, storage parameters.
CREATE SCHEMA stats;
CREATE TABLE hit (id integer, path text);
CREATE MATERIALIZED VIEW hit_count AS SELECT path, count(*) AS n FROM hit GROUP BY path;
CREATE INDEX hit_count_path ON hit_count (path);
ALTER MATERIALIZED VIEW hit_count RENAME TO hits;
ALTER MATERIALIZED VIEW hits RENAME COLUMN n TO total;
ALTER MATERIALIZED VIEW hits SET (fillfactor = 50);
ALTER MATERIALIZED VIEW hits SET SCHEMA stats;
ALTER INDEX stats.hit_count_path RENAME TO hits_path;
