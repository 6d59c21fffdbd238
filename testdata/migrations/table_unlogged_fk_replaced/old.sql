-- Tables become UNLOGGED while a foreign key between them is replaced (old side).
CREATE TABLE parent (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE child (parent_id integer CONSTRAINT child_parent_fkey REFERENCES parent (id), code text);
