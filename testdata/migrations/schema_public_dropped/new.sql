-- The public schema itself is dropped (new side).
CREATE SCHEMA app;
DROP SCHEMA public;
