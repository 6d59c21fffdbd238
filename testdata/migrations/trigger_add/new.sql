-- Triggers and their function are added (new side); backward, the triggers go before the function.
CREATE TABLE item (id integer PRIMARY KEY, name text, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER item_touch BEFORE INSERT OR UPDATE OF name ON item FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER item_stmt AFTER TRUNCATE ON item FOR EACH STATEMENT EXECUTE FUNCTION touch('x');
COMMENT ON TRIGGER item_touch ON item IS 'keeps updated_at';
