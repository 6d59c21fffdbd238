-- A referenced table is dropped while the referencing table stays, losing its foreign key (new side).
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer);
