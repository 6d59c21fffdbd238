-- A composite foreign key is added (old side).
CREATE TABLE parent (a integer, b text, PRIMARY KEY (a, b));
CREATE TABLE child (x integer, y text);
