-- An enum and the column using it move to another schema (old side).
CREATE SCHEMA app;
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE app.paint (c color);
