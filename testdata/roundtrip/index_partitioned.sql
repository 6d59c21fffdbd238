-- Indexes created on a partitioned table (cloned onto every partition, also ones created later), unique and expression ones.
CREATE TABLE p (id integer NOT NULL, k text, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE p_2024 PARTITION OF p FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX p_k ON p (k);
CREATE UNIQUE INDEX p_id_at ON p (id, at);
CREATE INDEX ON p (lower(k)) WHERE k IS NOT NULL;
CREATE INDEX p_brin ON p USING brin (at);
CREATE TABLE p_2025 PARTITION OF p FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE p_2026 (id integer NOT NULL, k text, at date NOT NULL);
CREATE INDEX p_2026_k_own ON p_2026 (k);
ALTER TABLE p ATTACH PARTITION p_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
