-- A trigger moves to another function, and the old function is dropped (old side).
CREATE TABLE t (id integer, n integer);
CREATE FUNCTION old_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION old_fn();
