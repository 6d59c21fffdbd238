-- A partition is dropped (old side).
CREATE TABLE c (code text NOT NULL) PARTITION BY LIST (code);
CREATE TABLE c_a PARTITION OF c FOR VALUES IN ('a');
CREATE TABLE c_b PARTITION OF c FOR VALUES IN ('b');
