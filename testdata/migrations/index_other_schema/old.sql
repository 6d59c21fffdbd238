-- An index on a table in another schema is created (old side).
CREATE SCHEMA app;
CREATE TABLE app.t (a integer);
