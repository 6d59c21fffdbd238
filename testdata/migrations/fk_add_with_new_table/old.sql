-- A foreign key to a new table is added (old side).
CREATE TABLE child (parent_id integer);
