CREATE TABLE log (msg text);
CREATE PROCEDURE write_log(msg text) LANGUAGE sql SECURITY DEFINER AS $$ INSERT INTO log VALUES (upper(msg)) $$;
CREATE PROCEDURE p(a integer, OUT b integer) LANGUAGE plpgsql AS $$ BEGIN b := a; END $$;
