-- Statistics objects added to an existing materialized view (forward)
-- and dropped from it (backward), with a target, a comment and an
-- index left alone.
CREATE TABLE src (a integer, b integer, c text);
CREATE MATERIALIZED VIEW mv AS SELECT a, b, c FROM src;
CREATE INDEX mv_a ON mv (a);
