-- A trigger moves to another function, and the old function is dropped (new side).
CREATE TABLE t (id integer, n integer);
CREATE FUNCTION new_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.n := 1; RETURN NEW; END $$;
CREATE TRIGGER t_trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION new_fn();
