-- A schema's comment changes (old side).
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'old words';
