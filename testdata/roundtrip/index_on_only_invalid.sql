-- An index created ON ONLY a partitioned table and not attached to every partition stays invalid; an index only on a partition.
CREATE TABLE m (id bigint NOT NULL, at date NOT NULL, v text) PARTITION BY RANGE (at);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE m_2 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX m_v_idx ON ONLY m (v);
CREATE INDEX m_1_v_idx ON m_1 (v);
ALTER INDEX m_v_idx ATTACH PARTITION m_1_v_idx;
CREATE INDEX m_2_at ON m_2 (at);
