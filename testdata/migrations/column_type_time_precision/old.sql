-- A timestamp column changes precision (old side).
CREATE TABLE t (at timestamptz(6));
