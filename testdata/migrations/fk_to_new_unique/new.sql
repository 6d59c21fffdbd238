-- A unique constraint and a foreign key referencing it are added together (new side).
CREATE TABLE parent (id integer PRIMARY KEY, code text CONSTRAINT parent_code_key UNIQUE);
CREATE TABLE child (parent_code text CONSTRAINT child_parent_code_fkey REFERENCES parent (code));
