-- A table with a trigger and a policy is dropped together with the trigger's function (old side).
CREATE TABLE keep (id integer);
CREATE TABLE gone (id integer, owner name);
ALTER TABLE gone ENABLE ROW LEVEL SECURITY;
CREATE POLICY mine ON gone USING (owner = current_user);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER gone_trg BEFORE INSERT ON gone FOR EACH ROW EXECUTE FUNCTION f();
