-- A procedure's body and options change; another one gains an OUT argument.
CREATE TABLE log (msg text);
CREATE PROCEDURE write_log(msg text) LANGUAGE sql AS $$ INSERT INTO log VALUES (msg) $$;
CREATE PROCEDURE p(a integer) LANGUAGE plpgsql AS $$ BEGIN END $$;
