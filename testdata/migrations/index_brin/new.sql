-- A BRIN index with pages_per_range is created (new side).
CREATE TABLE t (at timestamptz);
CREATE INDEX t_at ON t USING brin (at) WITH (pages_per_range = 32);
