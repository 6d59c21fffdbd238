-- Event triggers: one added, one's tags changed, one disabled (new side).
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER tags ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION on_ddl();
CREATE EVENT TRIGGER state ON sql_drop EXECUTE FUNCTION on_ddl();
ALTER EVENT TRIGGER state DISABLE;
CREATE EVENT TRIGGER added ON ddl_command_start EXECUTE FUNCTION on_ddl();
COMMENT ON EVENT TRIGGER added IS 'new';
