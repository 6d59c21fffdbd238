-- A view loses a column (drop and create): its INSTEAD OF trigger is created again on the new view (old side).
CREATE TABLE base (id integer PRIMARY KEY, name text, extra text);
CREATE VIEW v AS SELECT id, name, extra FROM base;
CREATE FUNCTION v_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO base (id) VALUES (NEW.id); RETURN NEW; END $$;
CREATE TRIGGER v_ins INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION v_write();
