-- A table referencing a permanent one becomes UNLOGGED, with a new foreign key (new side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE UNLOGGED TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent);
