-- A trigger's WHEN condition and events change: it is dropped and created again (old side).
CREATE TABLE t (id integer, a text, b integer);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_changed BEFORE UPDATE ON t FOR EACH ROW WHEN (old.a IS DISTINCT FROM new.a) EXECUTE FUNCTION f();
