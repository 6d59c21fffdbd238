-- A partition gets an index of its own that the parent does not have (new side).
CREATE TABLE m (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX m_2024_id ON m_2024 (id);
