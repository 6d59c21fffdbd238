-- A default partition becomes a list partition (old side).
CREATE TABLE c (code text NOT NULL) PARTITION BY LIST (code);
CREATE TABLE c_a PARTITION OF c FOR VALUES IN ('a');
CREATE TABLE c_b PARTITION OF c DEFAULT;
