-- Unqualified names resolve through search_path: the function's schema,
-- argument types, and a user function called from a column default.
CREATE SCHEMA app;
SET search_path = app, public;

CREATE TYPE app.state AS ENUM ('on', 'off');

CREATE FUNCTION next_code() RETURNS integer LANGUAGE sql AS 'SELECT 42';
CREATE FUNCTION flip(s state) RETURNS state LANGUAGE sql AS $$ SELECT CASE s WHEN 'on' THEN 'off'::state ELSE 'on'::state END $$;

CREATE TABLE thing (id integer DEFAULT next_code(), s state DEFAULT flip('on'));

RESET search_path;
CREATE FUNCTION public.next_code() RETURNS integer LANGUAGE sql AS 'SELECT 7';
