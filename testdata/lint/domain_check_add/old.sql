CREATE DOMAIN posint AS integer;
CREATE TABLE t (id integer, n posint);
