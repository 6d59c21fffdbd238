CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE DOMAIN percent AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100);
CREATE TYPE point3 AS (x float8, y float8, z float8);
CREATE TABLE measure (id integer NOT NULL, at date NOT NULL, value positive, share percent, pos point3) PARTITION BY RANGE (at);
CREATE TABLE measure_2025 PARTITION OF measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measure_2026 PARTITION OF measure FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX measure_at ON measure (at);
