-- A list partition's values change (old side).
CREATE TABLE c (code text NOT NULL) PARTITION BY LIST (code);
CREATE TABLE c_ab PARTITION OF c FOR VALUES IN ('a', 'b');
