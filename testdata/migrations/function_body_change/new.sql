CREATE FUNCTION f(a integer) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN a + 2; END $$;
COMMENT ON FUNCTION f(integer) IS 'kept';
