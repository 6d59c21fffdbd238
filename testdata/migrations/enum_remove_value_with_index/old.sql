-- A value is removed from an enum whose column is indexed (old side).
CREATE TYPE kind AS ENUM ('a', 'b', 'c');
CREATE TABLE thing (id integer, k kind);
CREATE INDEX thing_k ON thing (k);
