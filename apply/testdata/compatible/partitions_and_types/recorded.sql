CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE measure (id integer NOT NULL, at date NOT NULL, value positive) PARTITION BY RANGE (at);
CREATE TABLE measure_2025 PARTITION OF measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
