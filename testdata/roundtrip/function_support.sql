-- The SUPPORT clause of functions (pg_proc.prosupport): a user support
-- function (a wrapper of a built-in one, LANGUAGE internal), a built-in
-- one named qualified and unqualified, one set by ALTER FUNCTION, one
-- removed by CREATE OR REPLACE without the clause (which resets it, as it
-- does every attribute), and a support function renamed and moved after
-- use: prosupport follows it by number.
CREATE SCHEMA planner;
CREATE FUNCTION planner.like_support(internal) RETURNS internal
    LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION my_like(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    SUPPORT planner.like_support AS $$ SELECT $1 LIKE $2 $$;
CREATE FUNCTION my_like_builtin(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    SUPPORT pg_catalog.textlike_support AS $$ SELECT $1 LIKE $2 $$;
CREATE FUNCTION my_like_bare(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    SUPPORT textlike_support AS $$ SELECT $1 LIKE $2 $$;
CREATE FUNCTION my_like_later(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 LIKE $2 $$;
ALTER FUNCTION my_like_later(text, text) SUPPORT planner.like_support;
CREATE FUNCTION my_like_reset(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    SUPPORT planner.like_support AS $$ SELECT $1 LIKE $2 $$;
CREATE OR REPLACE FUNCTION my_like_reset(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 LIKE $2 $$;

SET search_path = planner, public;
CREATE FUNCTION planner.moved_support(internal) RETURNS internal
    LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION public.my_like_moved(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    SUPPORT moved_support AS $$ SELECT $1 LIKE $2 $$;
RESET search_path;
ALTER FUNCTION planner.moved_support(internal) RENAME TO renamed_support;
ALTER FUNCTION planner.renamed_support(internal) SET SCHEMA public;
