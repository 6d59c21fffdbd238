-- A CHECK constraint on a partitioned table is added (old side).
CREATE TABLE m (at date NOT NULL, v integer) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
