-- Languages: sql, plpgsql, internal (pointing at a built-in C symbol) and
-- c with a library.
CREATE FUNCTION my_lower(text) RETURNS text LANGUAGE internal IMMUTABLE STRICT AS 'lower';
CREATE FUNCTION my_abs(integer) RETURNS integer LANGUAGE c IMMUTABLE STRICT AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION plain() RETURNS integer LANGUAGE plpgsql AS 'begin return 1; end';
CREATE FUNCTION dollar_in_body() RETURNS text LANGUAGE sql AS $q$ SELECT '$$ and $_$ and $' $q$;
CREATE FUNCTION w_rank() RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE AS 'window_rank';
