-- A trigger's WHEN condition and events change: it is dropped and created again (new side).
CREATE TABLE t (id integer, a text, b integer);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_changed BEFORE INSERT OR UPDATE ON t FOR EACH ROW WHEN (new.b > 0) EXECUTE FUNCTION f();
