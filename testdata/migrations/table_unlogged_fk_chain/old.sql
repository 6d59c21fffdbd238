-- Tables linked by foreign keys become UNLOGGED together (old side).
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a);
CREATE TABLE c (id integer PRIMARY KEY, b_id integer REFERENCES b, c_id integer REFERENCES c);
