-- A sequence moves to a column of another table (old side).
CREATE TABLE a (id integer);
CREATE TABLE b (id integer);
CREATE SEQUENCE shared_seq OWNED BY a.id;
