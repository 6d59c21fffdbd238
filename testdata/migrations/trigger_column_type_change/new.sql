-- The type of a column a trigger's WHEN reads changes: the trigger is dropped and created again around it (new side).
CREATE TABLE t (id integer, n bigint);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_n BEFORE UPDATE ON t FOR EACH ROW WHEN (new.n > 0) EXECUTE FUNCTION f();
