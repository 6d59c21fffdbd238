-- Triggers in another schema, with a function in a third one, renamed triggers and tables, dropped triggers, comments.
CREATE SCHEMA app;
CREATE SCHEMA util;
CREATE FUNCTION util.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
SET search_path = app, util;
CREATE TABLE thing (id integer, modified timestamptz);
CREATE TRIGGER thing_stamp BEFORE UPDATE ON thing FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE TRIGGER thing_old BEFORE INSERT ON thing FOR EACH ROW EXECUTE FUNCTION util.stamp();
ALTER TRIGGER thing_old ON thing RENAME TO thing_insert;
COMMENT ON TRIGGER thing_insert ON thing IS 'stamps new rows';
CREATE TRIGGER gone BEFORE DELETE ON thing FOR EACH ROW EXECUTE FUNCTION stamp();
DROP TRIGGER gone ON thing;
DROP TRIGGER IF EXISTS never ON thing;
ALTER TABLE thing RENAME TO renamed_thing;
COMMENT ON TRIGGER thing_stamp ON renamed_thing IS 'set modified';
RESET search_path;
CREATE TABLE public.dropped (id integer);
CREATE TRIGGER d BEFORE INSERT ON public.dropped FOR EACH ROW EXECUTE FUNCTION util.stamp();
DROP TABLE public.dropped;
