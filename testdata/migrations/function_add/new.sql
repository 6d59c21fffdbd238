-- A function is added.
CREATE TABLE t (id integer);
CREATE FUNCTION t_count() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM t';
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
COMMENT ON FUNCTION t_count() IS 'rows of t';
