-- roles: strata_reader
-- Column privileges on a partition's inherited column: the column stays a
-- partition column, only its privileges change.
CREATE TABLE m (id integer, at date) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
GRANT SELECT ON m TO strata_reader;
