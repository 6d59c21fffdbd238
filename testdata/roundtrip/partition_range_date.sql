-- RANGE partitioning on a date column: monthly partitions, a DEFAULT partition, and MINVALUE/MAXVALUE bounds.
CREATE TABLE events (id bigint NOT NULL, day date NOT NULL, payload text) PARTITION BY RANGE (day);
CREATE TABLE events_old PARTITION OF events FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01'::date) TO ('2024-03-01');
CREATE TABLE events_future PARTITION OF events FOR VALUES FROM ('2024-03-01') TO (MAXVALUE);
CREATE TABLE events_default PARTITION OF events DEFAULT;
