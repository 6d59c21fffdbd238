-- A foreign key column and its referenced key change type from integer to text (new side).
CREATE TABLE parent (id text PRIMARY KEY);
CREATE TABLE child (pid text REFERENCES parent);
