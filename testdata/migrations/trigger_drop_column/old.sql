-- A column of UPDATE OF is dropped together with the trigger's use of it (old side).
CREATE TABLE t (id integer, a text, b text);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_ab AFTER UPDATE OF a, b ON t FOR EACH ROW EXECUTE FUNCTION f();
