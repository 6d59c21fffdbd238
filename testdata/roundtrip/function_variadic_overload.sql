-- Overloads are distinct objects; VARIADIC arguments.
CREATE FUNCTION over(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a';
CREATE FUNCTION over(a text) RETURNS text LANGUAGE sql AS 'SELECT a';
CREATE FUNCTION over(a integer, b integer) RETURNS integer LANGUAGE sql AS 'SELECT a + b';
CREATE FUNCTION over() RETURNS integer LANGUAGE sql AS 'SELECT 0';

CREATE FUNCTION concat_all(sep text, VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(parts, sep) $$;

CREATE FUNCTION any_count(VARIADIC "any") RETURNS integer
    LANGUAGE internal AS 'pg_column_size';

CREATE FUNCTION poly(a anyelement, b anyarray) RETURNS anyelement LANGUAGE sql AS 'SELECT a';
