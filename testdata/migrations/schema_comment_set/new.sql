-- A schema's comment is set or removed (new side).
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'the application';
