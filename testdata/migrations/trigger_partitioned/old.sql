-- A trigger on a partitioned table (cloned onto its partitions) is added (old side).
CREATE TABLE m (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
