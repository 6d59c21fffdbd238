-- A constraint trigger becomes INITIALLY DEFERRED and gains FROM (old side).
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer, p_id integer);
CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER c_chk AFTER INSERT ON c FOR EACH ROW EXECUTE FUNCTION chk();
