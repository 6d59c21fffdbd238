-- A foreign key points to another table (new side).
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY);
CREATE TABLE c (ref integer CONSTRAINT c_ref_fkey REFERENCES b);
