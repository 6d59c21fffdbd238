CREATE TABLE p (id integer);
