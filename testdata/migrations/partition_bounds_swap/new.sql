-- Two list partitions exchange a value, so the order of detaching and attaching matters (new side).
CREATE TABLE c (code text NOT NULL) PARTITION BY LIST (code);
CREATE TABLE c_1 PARTITION OF c FOR VALUES IN ('a');
CREATE TABLE c_2 PARTITION OF c FOR VALUES IN ('b', 'c');
