-- Event triggers: events, WHEN TAG IN, enabled states, comments.
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', tg_tag; END $$;
CREATE FUNCTION on_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;

CREATE EVENT TRIGGER ddl_start ON ddl_command_start EXECUTE FUNCTION on_ddl();
CREATE EVENT TRIGGER ddl_tables ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'alter table') EXECUTE PROCEDURE public.on_ddl();
CREATE EVENT TRIGGER drops ON sql_drop EXECUTE FUNCTION on_drop();
CREATE EVENT TRIGGER rewrites ON table_rewrite EXECUTE FUNCTION on_drop();
ALTER EVENT TRIGGER ddl_start DISABLE;
ALTER EVENT TRIGGER drops ENABLE ALWAYS;
ALTER EVENT TRIGGER rewrites ENABLE REPLICA;
COMMENT ON EVENT TRIGGER ddl_tables IS 'watches tables';
CREATE EVENT TRIGGER temp_one ON sql_drop EXECUTE FUNCTION on_drop();
ALTER EVENT TRIGGER temp_one RENAME TO temp_two;
DROP EVENT TRIGGER temp_two;
DROP EVENT TRIGGER IF EXISTS never;
