CREATE SCHEMA s;
CREATE DOMAIN s.email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE s.users (id integer, email s.email);
