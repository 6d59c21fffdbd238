-- A timestamp column changes precision (new side).
CREATE TABLE t (at timestamptz(0));
