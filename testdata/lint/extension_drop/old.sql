CREATE EXTENSION pgcrypto;
CREATE TABLE t (id integer);
