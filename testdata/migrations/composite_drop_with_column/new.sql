CREATE TABLE customer (id integer);
