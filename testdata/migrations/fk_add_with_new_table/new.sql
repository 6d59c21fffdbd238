-- A foreign key to a new table is added (new side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (parent_id integer CONSTRAINT child_parent_id_fkey REFERENCES parent);
