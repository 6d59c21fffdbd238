-- A default partition is added (old side).
CREATE TABLE c (code text NOT NULL) PARTITION BY LIST (code);
CREATE TABLE c_a PARTITION OF c FOR VALUES IN ('a');
