-- A table inherits from a second parent (old side).
CREATE TABLE a (x integer);
CREATE TABLE b (y integer);
CREATE TABLE c (z integer) INHERITS (a);
