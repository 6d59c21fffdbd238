-- An extension is installed into its own schema (old side).
CREATE SCHEMA ext;
