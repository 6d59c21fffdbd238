-- See old.sql.
CREATE SCHEMA planner;
CREATE FUNCTION planner.like_support(internal) RETURNS internal
    LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION planner.ilike_support(internal) RETURNS internal
    LANGUAGE internal STRICT AS 'texticlike_support';
CREATE FUNCTION my_like(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    SUPPORT planner.like_support AS $$ SELECT $1 LIKE $2 $$;
CREATE FUNCTION my_ilike(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    SUPPORT planner.ilike_support AS $$ SELECT $1 ILIKE $2 $$;
CREATE FUNCTION my_eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 = $2 $$;
