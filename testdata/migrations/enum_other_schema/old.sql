-- An enum in another schema gains a value (old side).
CREATE SCHEMA app;
CREATE TYPE app.phase AS ENUM ('alpha', 'beta');
CREATE TABLE app.release (p app.phase);
