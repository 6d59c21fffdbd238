CREATE FUNCTION is_pos(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT x > 0';
CREATE DOMAIN pos AS integer CONSTRAINT pos_check CHECK (public.is_pos(VALUE)) DEFAULT 1;
CREATE TABLE t (a pos);
