-- An extension is added with an index using its operator class (old side).
CREATE TABLE doc (id integer PRIMARY KEY, title text);
