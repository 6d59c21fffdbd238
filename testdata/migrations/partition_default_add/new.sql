-- A default partition is added (new side).
CREATE TABLE c (code text NOT NULL) PARTITION BY LIST (code);
CREATE TABLE c_a PARTITION OF c FOR VALUES IN ('a');
CREATE TABLE c_rest PARTITION OF c DEFAULT;
