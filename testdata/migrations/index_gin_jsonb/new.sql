-- A GIN index on jsonb with jsonb_path_ops is created (new side).
CREATE TABLE t (doc jsonb);
CREATE INDEX t_doc ON t USING gin (doc jsonb_path_ops);
