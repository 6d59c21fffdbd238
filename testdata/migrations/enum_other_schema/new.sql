-- An enum in another schema gains a value (new side).
CREATE SCHEMA app;
CREATE TYPE app.phase AS ENUM ('alpha', 'beta', 'ga');
CREATE TABLE app.release (p app.phase);
