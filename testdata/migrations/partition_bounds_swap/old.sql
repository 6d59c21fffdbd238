-- Two list partitions exchange a value, so the order of detaching and attaching matters (old side).
CREATE TABLE c (code text NOT NULL) PARTITION BY LIST (code);
CREATE TABLE c_1 PARTITION OF c FOR VALUES IN ('a', 'b');
CREATE TABLE c_2 PARTITION OF c FOR VALUES IN ('c');
