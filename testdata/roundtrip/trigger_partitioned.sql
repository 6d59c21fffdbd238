-- Triggers on a partitioned table are cloned onto its partitions (modeled on the parent only); a partition's own trigger.
CREATE TABLE measure (id integer, at date NOT NULL, v numeric) PARTITION BY RANGE (at);
CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE FUNCTION m_trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;

CREATE TRIGGER measure_row AFTER INSERT ON measure FOR EACH ROW EXECUTE FUNCTION m_trg();
CREATE TRIGGER measure_stmt AFTER UPDATE OF v ON measure FOR EACH STATEMENT EXECUTE FUNCTION m_trg();
CREATE TABLE measure_2025 PARTITION OF measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measure_2026 (id integer, at date NOT NULL, v numeric);
ALTER TABLE measure ATTACH PARTITION measure_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TRIGGER only_2024 BEFORE INSERT ON measure_2024 FOR EACH ROW EXECUTE FUNCTION m_trg();
