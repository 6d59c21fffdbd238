-- Casts through user functions, including one named like a keyword, and
-- a domain whose check calls a user function.
SET check_function_bodies = false;
CREATE DOMAIN public.titlecasetext AS text;
CREATE FUNCTION "json"(public.titlecasetext) RETURNS json AS $$
  SELECT to_json(INITCAP($1::text));
$$ LANGUAGE SQL IMMUTABLE;
CREATE CAST (public.titlecasetext AS json) WITH FUNCTION "json"(public.titlecasetext) AS IMPLICIT;
CREATE DOMAIN public.color AS INTEGER CHECK (VALUE >= 0 AND VALUE <= 16777215);
CREATE FUNCTION color(text) RETURNS public.color AS $$
  SELECT ('x' || lpad($1, 8, '0'))::bit(32)::int;
$$ LANGUAGE SQL IMMUTABLE;
CREATE CAST (text AS public.color) WITH FUNCTION color(text) AS ASSIGNMENT;
CREATE FUNCTION is_even(integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 % 2 = 0';
CREATE DOMAIN even AS integer CONSTRAINT even_check CHECK (public.is_even(VALUE));
CREATE TABLE t (c public.color, e even);
