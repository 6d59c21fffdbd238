-- A BRIN index with pages_per_range is created (old side).
CREATE TABLE t (at timestamptz);
