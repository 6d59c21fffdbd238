-- SET ... FROM CURRENT on functions and procedures stores the session's
-- value as SHOW prints it: search_path from its default, from SET (list
-- elements quoted as identifiers), from set_config (verbatim: the unit
-- test TestSetFromCurrent has one no SET clause can write back), SET LOCAL
-- inside a transaction block, and other settings the file SET before.
CREATE SCHEMA a;
CREATE SCHEMA "B";
CREATE FUNCTION f_default() RETURNS integer LANGUAGE sql AS 'SELECT 1'
    SET search_path FROM CURRENT;
SET search_path = a, "B", public;
CREATE FUNCTION f_set() RETURNS integer LANGUAGE sql AS 'SELECT 1'
    SET search_path FROM CURRENT;
SET search_path = 'a', 'public';
CREATE FUNCTION f_strings() RETURNS integer LANGUAGE sql AS 'SELECT 1'
    SET search_path FROM CURRENT;
SELECT pg_catalog.set_config('search_path', 'a, public', false);
CREATE FUNCTION f_config() RETURNS integer LANGUAGE sql AS 'SELECT 1'
    SET search_path FROM CURRENT;
BEGIN;
SET LOCAL search_path = "B";
CREATE FUNCTION f_local() RETURNS integer LANGUAGE sql AS 'SELECT 1'
    SET search_path FROM CURRENT;
COMMIT;
CREATE PROCEDURE p_after() LANGUAGE sql AS 'SELECT 1'
    SET search_path FROM CURRENT;
SET search_path TO DEFAULT;
SET client_min_messages = WARNING;
SET check_function_bodies = false;
SET xmloption = content;
SET default_tablespace = '';
SET standard_conforming_strings = on;
SET application_name = 'strata test';
CREATE FUNCTION f_others() RETURNS integer LANGUAGE sql AS 'SELECT 1'
    SET client_min_messages FROM CURRENT
    SET check_function_bodies FROM CURRENT
    SET xmloption FROM CURRENT
    SET default_tablespace FROM CURRENT
    SET standard_conforming_strings FROM CURRENT
    SET application_name FROM CURRENT
    SET search_path FROM CURRENT;
CREATE FUNCTION f_altered() RETURNS integer LANGUAGE sql AS 'SELECT 1'
    SET search_path = a;
SET search_path = "B", a;
ALTER FUNCTION public.f_altered() SET search_path FROM CURRENT;
RESET search_path;
ALTER FUNCTION f_altered() SET work_mem = '64MB';
SET search_path = '';
CREATE FUNCTION public.f_quoted_empty() RETURNS integer LANGUAGE sql AS 'SELECT 1'
    SET search_path FROM CURRENT;
