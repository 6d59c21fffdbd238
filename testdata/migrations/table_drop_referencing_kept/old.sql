-- A referenced table is dropped while the referencing table stays, losing its foreign key (old side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent);
