-- A partitioned table with partitions is created (new side).
CREATE TABLE log (id bigint NOT NULL, region text NOT NULL, msg text) PARTITION BY LIST (region);
CREATE TABLE log_eu PARTITION OF log FOR VALUES IN ('eu');
CREATE TABLE log_us PARTITION OF log FOR VALUES IN ('us', 'ca');
CREATE TABLE log_other PARTITION OF log DEFAULT;
