-- A column is added to a partitioned table and so to its partitions (new side).
CREATE TABLE m (at date NOT NULL, v numeric(10,2) DEFAULT 0) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
