-- The public schema itself is dropped (old side).
CREATE SCHEMA app;
