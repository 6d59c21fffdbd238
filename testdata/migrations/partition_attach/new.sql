-- An existing table becomes a partition (and back a standalone table) (new side).
CREATE TABLE m (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_2024 (id integer NOT NULL, at date NOT NULL);
ALTER TABLE m ATTACH PARTITION m_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
