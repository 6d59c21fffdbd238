-- A schema's comment changes (new side).
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'new words, with a quote: it''s here';
