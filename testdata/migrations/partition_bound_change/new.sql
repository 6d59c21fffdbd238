-- A range partition's bounds change (new side).
CREATE TABLE m (at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_a PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
