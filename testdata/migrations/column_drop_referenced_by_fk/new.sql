-- A referenced column is dropped with its unique key and the referencing foreign key (new side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (code text);
