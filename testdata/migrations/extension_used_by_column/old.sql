-- An extension is added with a column of its type (old side).
CREATE TABLE account (id integer PRIMARY KEY);
