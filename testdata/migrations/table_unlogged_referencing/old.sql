-- A table referencing a permanent one becomes UNLOGGED, with a new foreign key (old side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer);
