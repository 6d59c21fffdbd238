CREATE DOMAIN name_t AS text COLLATE "POSIX";
CREATE TABLE people (id integer, name name_t, names name_t[]);
CREATE INDEX people_name_idx ON people (name);
