-- A schema is created or dropped (new side).
CREATE SCHEMA app;
