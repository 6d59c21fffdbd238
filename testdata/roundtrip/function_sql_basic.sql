-- SQL-language functions with a string body: volatility, strictness,
-- parallel safety, cost.
CREATE FUNCTION add(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT a + b';

CREATE FUNCTION now_utc() RETURNS timestamp without time zone
    LANGUAGE sql STABLE COST 5
    AS $$ SELECT now() AT TIME ZONE 'utc' $$;

CREATE FUNCTION greet(text) RETURNS text
    LANGUAGE SQL CALLED ON NULL INPUT LEAKPROOF PARALLEL RESTRICTED
    AS $body$select 'hello ' || $1$body$;

CREATE FUNCTION noop() RETURNS void LANGUAGE sql AS '';
