-- A self-referencing foreign key is added (new side).
CREATE TABLE node (id integer PRIMARY KEY, parent_id integer CONSTRAINT node_parent_fkey REFERENCES node ON DELETE CASCADE);
