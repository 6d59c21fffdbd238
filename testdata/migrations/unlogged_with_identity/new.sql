-- An unlogged table with an identity column becomes logged (new side).
CREATE TABLE q (id integer GENERATED ALWAYS AS IDENTITY, v text);
