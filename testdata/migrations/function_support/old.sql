-- SUPPORT clauses added, changed and removed: the support function is
-- created before the function that names it (CREATE OR REPLACE sets the
-- clause) and dropped after the function stops naming it.
CREATE SCHEMA planner;
CREATE FUNCTION planner.old_support(internal) RETURNS internal
    LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION my_like(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 LIKE $2 $$;
CREATE FUNCTION my_ilike(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    SUPPORT planner.old_support AS $$ SELECT $1 ILIKE $2 $$;
CREATE FUNCTION my_eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    SUPPORT textlike_support AS $$ SELECT $1 = $2 $$;
