CREATE TABLE t (a integer NOT NULL, b text, doc jsonb);
CREATE UNIQUE INDEX t_a_b ON t (a, b) WHERE b IS NOT NULL;
CREATE INDEX t_b_desc ON t (b DESC NULLS LAST) INCLUDE (a);
CREATE INDEX t_lower_b ON t (lower(b) text_pattern_ops);
CREATE INDEX t_doc ON t USING gin (doc jsonb_path_ops);
CREATE INDEX t_a_hash ON t USING hash (a);
CREATE INDEX t_a_brin ON t USING brin (a) WITH (pages_per_range = 16);
CREATE INDEX t_b_nulls ON t (b NULLS FIRST);
COMMENT ON INDEX t_b_nulls IS 'nulls first';
