-- A table partitioned by an expression is created (new side).
CREATE TABLE ev (at timestamptz NOT NULL, name text) PARTITION BY LIST (lower(name));
CREATE TABLE ev_x PARTITION OF ev FOR VALUES IN ('x');
