-- A partition in another schema is created (new side).
CREATE SCHEMA old_data;
CREATE TABLE m (at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE old_data.m_2020 PARTITION OF m FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
