CREATE SCHEMA s;
CREATE TABLE s.users (id integer);
