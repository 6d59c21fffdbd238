-- An extension is installed into its own schema (new side).
CREATE SCHEMA ext;
CREATE EXTENSION hstore WITH SCHEMA ext;
