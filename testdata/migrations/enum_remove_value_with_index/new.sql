-- A value is removed from an enum whose column is indexed (new side).
CREATE TYPE kind AS ENUM ('a', 'c');
CREATE TABLE thing (id integer, k kind);
CREATE INDEX thing_k ON thing (k);
