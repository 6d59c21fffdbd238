-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- Procedures: no result type; OUT/INOUT arguments are part of their
-- identity.
CREATE TABLE log (msg text);

CREATE PROCEDURE write_log(msg text)
    LANGUAGE sql
    AS $$ INSERT INTO log VALUES (msg) $$;

CREATE PROCEDURE with_out(IN a integer, OUT b integer)
    LANGUAGE plpgsql AS $$ BEGIN b := a; END $$;

CREATE PROCEDURE with_inout(INOUT a integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN a := a + 1; END $$;

COMMENT ON PROCEDURE write_log(text) IS 'writes a line';
COMMENT ON PROCEDURE with_out(integer, integer) IS 'out args in signature';
