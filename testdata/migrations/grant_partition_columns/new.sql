-- roles: strata_reader
CREATE TABLE m (id integer, at date) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
GRANT SELECT ON m TO strata_reader;
GRANT SELECT (id) ON m_2024 TO strata_reader;
GRANT UPDATE (at) ON m TO strata_reader;
