CREATE FUNCTION is_pos(y integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT y > 0';
CREATE DOMAIN pos AS integer CONSTRAINT pos_check CHECK (public.is_pos(VALUE)) DEFAULT 2;
CREATE TABLE t (a pos);
