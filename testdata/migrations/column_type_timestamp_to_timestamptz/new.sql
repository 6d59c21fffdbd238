-- A timestamp column becomes timestamptz (new side).
CREATE TABLE t (at timestamptz);
