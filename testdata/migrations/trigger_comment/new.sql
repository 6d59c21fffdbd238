-- A trigger's comment changes in place (new side).
CREATE TABLE t (id integer);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
COMMENT ON TRIGGER a ON t IS 'second';
