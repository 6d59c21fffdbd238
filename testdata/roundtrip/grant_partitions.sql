-- roles: strata_reader, strata_writer
-- Privileges of a partitioned table are not copied to its partitions:
-- each has its own.
CREATE TABLE m (id integer, at date) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
GRANT SELECT ON m TO strata_reader;
CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
GRANT INSERT ON m_2025 TO strata_writer;
GRANT SELECT (id) ON m_2024 TO strata_writer;
