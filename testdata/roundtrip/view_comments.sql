-- Comments on views, materialized views and their columns.
CREATE TABLE item (id integer PRIMARY KEY, name text);
CREATE VIEW item_names AS SELECT id, name FROM item;
COMMENT ON VIEW item_names IS 'the names';
COMMENT ON COLUMN item_names.name IS 'a name';
CREATE MATERIALIZED VIEW item_count AS SELECT count(*) AS n FROM item;
COMMENT ON MATERIALIZED VIEW item_count IS 'how many';
COMMENT ON COLUMN item_count.n IS 'the count';
