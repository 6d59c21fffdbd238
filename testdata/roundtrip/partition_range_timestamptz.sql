-- RANGE partitioning on timestamptz and timestamp: bounds given with offsets, time zones and casts (printed in UTC).
CREATE TABLE m (at timestamptz NOT NULL, v double precision) PARTITION BY RANGE (at);
CREATE TABLE m_a PARTITION OF m FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-01-01 12:00:00+02');
CREATE TABLE m_b PARTITION OF m FOR VALUES FROM ('2024-01-01 12:00:00+02') TO ('2024-01-02');
CREATE TABLE m_c PARTITION OF m FOR VALUES FROM ('2024-01-02 00:00:00 UTC') TO ('2024-01-03 00:00:00'::timestamptz);
CREATE TABLE l (at timestamp NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE l_1 PARTITION OF l FOR VALUES FROM ('2024-01-01') TO ('2024-01-01 06:30:00.5');
