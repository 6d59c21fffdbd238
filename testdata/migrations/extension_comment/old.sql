-- An extension's comment is changed (old side).
CREATE EXTENSION citext;
