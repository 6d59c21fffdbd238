-- An index on a table in another schema is created (new side).
CREATE SCHEMA app;
CREATE TABLE app.t (a integer);
CREATE INDEX t_a ON app.t (a);
