CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE a.users (id integer PRIMARY KEY);
CREATE TABLE b.users (id integer PRIMARY KEY, a_id integer NOT NULL CONSTRAINT users_a_fk REFERENCES a.users);
