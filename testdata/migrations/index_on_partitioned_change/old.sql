-- An index on a partitioned table changes its definition (old side).
CREATE TABLE m (a integer, b integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX m_ab ON m (a);
