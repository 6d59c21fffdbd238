-- A partition is itself partitioned (old side).
CREATE TABLE m (region text NOT NULL, at date NOT NULL) PARTITION BY LIST (region);
CREATE TABLE m_eu PARTITION OF m FOR VALUES IN ('eu');
