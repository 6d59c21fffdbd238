-- Partition bounds written in other forms than the server prints them: a timestamptz without seconds, a date with a time, numbers as strings.
CREATE TABLE log (at timestamptz, d date, n integer) PARTITION BY RANGE (at);
CREATE TABLE log_2024 PARTITION OF log FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00');
CREATE TABLE log_2025 PARTITION OF log FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-06-01 02:00+02');
CREATE TABLE byday (d date) PARTITION BY RANGE (d);
CREATE TABLE byday_1 PARTITION OF byday FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE byn (n integer) PARTITION BY LIST (n);
CREATE TABLE byn_1 PARTITION OF byn FOR VALUES IN ('1', 2, '+3');
