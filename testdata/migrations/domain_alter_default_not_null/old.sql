CREATE DOMAIN d AS integer;
CREATE TABLE t (a d);
