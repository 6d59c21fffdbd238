-- A referenced column is dropped with its unique key and the referencing foreign key (old side).
CREATE TABLE parent (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE child (code text REFERENCES parent (code));
