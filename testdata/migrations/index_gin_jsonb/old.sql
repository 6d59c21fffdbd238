-- A GIN index on jsonb with jsonb_path_ops is created (old side).
CREATE TABLE t (doc jsonb);
