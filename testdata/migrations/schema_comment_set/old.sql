-- A schema's comment is set or removed (old side).
CREATE SCHEMA app;
