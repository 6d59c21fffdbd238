-- An extension is added with a column of its type (new side).
CREATE EXTENSION citext;
CREATE TABLE account (id integer PRIMARY KEY, email public.citext);
