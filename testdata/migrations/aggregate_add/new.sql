CREATE TABLE t (v text);
CREATE FUNCTION _concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce($1 || ',', '') || $2 $$;
CREATE AGGREGATE concat_agg(text) (SFUNC = _concat, STYPE = text);
COMMENT ON AGGREGATE concat_agg(text) IS 'joins';
