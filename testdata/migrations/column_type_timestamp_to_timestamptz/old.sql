-- A timestamp column becomes timestamptz (old side).
CREATE TABLE t (at timestamp);
