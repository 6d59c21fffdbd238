-- The public schema's standard comment is removed (new side).
COMMENT ON SCHEMA public IS NULL;
