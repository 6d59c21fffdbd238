-- A foreign key is NOT VALID (new side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (parent_id integer);
ALTER TABLE child ADD CONSTRAINT child_parent_fkey FOREIGN KEY (parent_id) REFERENCES parent NOT VALID;
