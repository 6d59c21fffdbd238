-- A partitioned table whose partition key changes is dropped and created again: its trigger and policy come back with it (old side).
CREATE TABLE m (id integer NOT NULL, k integer NOT NULL) PARTITION BY RANGE (k);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER m_ins BEFORE INSERT ON m FOR EACH ROW EXECUTE FUNCTION f();
ALTER TABLE m ENABLE ROW LEVEL SECURITY;
CREATE POLICY m_pos ON m USING (k > 0);
