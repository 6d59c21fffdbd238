-- Partitions living in a different schema from their parent (as GitLab's gitlab_partitions_static does).
CREATE SCHEMA parts;
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE parts.logs_2023 PARTITION OF logs FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE parts.logs_2024 PARTITION OF public.logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE parts.logs_2025 (id bigint NOT NULL, at date NOT NULL, msg text);
ALTER TABLE ONLY logs ATTACH PARTITION parts.logs_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
