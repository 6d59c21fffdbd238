-- SET configuration clauses, as pg_proc.proconfig stores them.
CREATE FUNCTION f_config() RETURNS integer
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    SET TimeZone TO 'UTC'
    SET work_mem = 1024
    SET statement_timeout = '5s'
    SET datestyle = 'ISO, MDY'
    SET enable_seqscan = off
    AS $$ BEGIN RETURN 1; END $$;

CREATE FUNCTION f_path_quoted() RETURNS integer
    LANGUAGE sql
    SET search_path TO "$user", 'public', "My Schema"
    AS 'SELECT 1';

CREATE FUNCTION f_path_empty() RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path = ''
    AS 'SELECT 1';
