-- Argument modes, names, unnamed arguments, type modifiers (dropped by
-- PostgreSQL), arrays and user types in signatures.
CREATE TYPE mood AS ENUM ('sad', 'happy');

CREATE FUNCTION f_modes(a integer, INOUT b text, OUT c boolean, d varchar(20))
    LANGUAGE plpgsql AS $$ BEGIN c := true; END $$;

CREATE FUNCTION f_unnamed(numeric(10,2), char(3), timestamptz, int[], bpchar) RETURNS text
    LANGUAGE sql AS 'SELECT $2';

CREATE FUNCTION f_types(m mood, ms mood[], i interval day to second, x double precision) RETURNS mood
    LANGUAGE sql AS 'SELECT m';

CREATE FUNCTION f_out_only(OUT x integer, OUT y text)
    LANGUAGE sql AS $$ SELECT 1, 'a' $$;

CREATE FUNCTION f_one_out(OUT x bigint)
    LANGUAGE sql AS $$ SELECT 1::bigint $$;
