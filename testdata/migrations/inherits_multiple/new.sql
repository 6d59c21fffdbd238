-- A table inherits from a second parent (new side).
CREATE TABLE a (x integer);
CREATE TABLE b (y integer);
CREATE TABLE c (y integer, z integer) INHERITS (a, b);
