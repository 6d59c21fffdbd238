-- An index on a partitioned table is created (new side).
CREATE TABLE m (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX m_id ON m (id);
