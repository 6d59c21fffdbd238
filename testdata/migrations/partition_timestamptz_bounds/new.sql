-- Partitions by timestamptz are created (new side).
CREATE TABLE ev (at timestamptz NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE ev_jan PARTITION OF ev FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2024-02-01 00:00+00');
