-- A foreign key's ON DELETE and ON UPDATE actions change (new side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (parent_id integer CONSTRAINT child_parent_id_fkey REFERENCES parent ON DELETE CASCADE ON UPDATE SET NULL);
