-- An unlogged table with an identity column becomes logged (old side).
CREATE UNLOGGED TABLE q (id integer GENERATED ALWAYS AS IDENTITY, v text);
