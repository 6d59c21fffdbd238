-- A foreign key points to another table (old side).
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY);
CREATE TABLE c (ref integer CONSTRAINT c_ref_fkey REFERENCES a);
