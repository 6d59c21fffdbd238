-- WHEN conditions and policies that call user functions, unqualified under search_path, and use arrays and jsonb.
CREATE SCHEMA lib;
CREATE FUNCTION lib.is_big(n numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 1000 $$;
CREATE FUNCTION lib.trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE orders (id integer PRIMARY KEY, total numeric(12,2), tags text[], meta jsonb);
SET search_path = public, lib;
CREATE TRIGGER big_order AFTER INSERT ON orders FOR EACH ROW WHEN (is_big(new.total)) EXECUTE FUNCTION trg();
CREATE TRIGGER tagged AFTER UPDATE ON orders FOR EACH ROW
    WHEN (new.tags @> ARRAY['vip'] AND new.meta ->> 'src' = 'web' AND old.meta IS DISTINCT FROM new.meta) EXECUTE FUNCTION trg();
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY small ON orders FOR SELECT USING (NOT is_big(total) AND 'x' = ANY (tags));
CREATE POLICY jsonish ON orders FOR INSERT WITH CHECK ((meta -> 'ok')::boolean);
RESET search_path;
