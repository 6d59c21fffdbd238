-- An enum and the column using it move to another schema (new side).
CREATE SCHEMA app;
CREATE TYPE app.color AS ENUM ('red', 'green');
CREATE TABLE app.paint (c app.color);
