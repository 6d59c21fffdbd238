-- Names that need quoting: schema, function, arguments, types.
CREATE SCHEMA "My App";
CREATE TYPE "My App"."Mood" AS ENUM ('x');
CREATE FUNCTION "My App"."Do It"("Arg One" "My App"."Mood", "select" integer DEFAULT 1) RETURNS "My App"."Mood"
    LANGUAGE sql AS $$ SELECT $1 $$;
CREATE FUNCTION "My App"."user"() RETURNS text LANGUAGE sql AS $$ SELECT 'u' $$;
COMMENT ON FUNCTION "My App"."Do It"("My App"."Mood", integer) IS 'quoted';
