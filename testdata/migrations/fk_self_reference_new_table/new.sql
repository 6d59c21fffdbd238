-- A new table that references itself (new side).
CREATE TABLE category (id integer PRIMARY KEY, parent_id integer REFERENCES category);
