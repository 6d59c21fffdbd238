-- SQL-standard bodies (PostgreSQL 14+); kept in the form PostgreSQL
-- prints them (written here the way pg_get_function_sqlbody shows them).
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE FUNCTION add_one(a integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    RETURN a + 1;

CREATE FUNCTION twice(x integer) RETURNS integer
    RETURN x * 2;

CREATE FUNCTION atomic_body() RETURNS integer
    LANGUAGE sql
BEGIN ATOMIC
    SELECT 1;
END;

-- RETURN expressions are canonicalised like defaults of the result type.
CREATE FUNCTION label(a integer, b text) RETURNS text
    RETURN 'n' || a::text || b;

CREATE FUNCTION widen(a integer) RETURNS bigint
    RETURN a;

CREATE FUNCTION is_small(n numeric) RETURNS boolean
    RETURN n BETWEEN 0 AND 10;
