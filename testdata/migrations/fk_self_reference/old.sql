-- A self-referencing foreign key is added (old side).
CREATE TABLE node (id integer PRIMARY KEY, parent_id integer);
