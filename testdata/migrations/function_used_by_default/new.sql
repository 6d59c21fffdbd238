CREATE TABLE other (id integer);
CREATE FUNCTION next_code() RETURNS integer LANGUAGE sql AS 'SELECT 42';
CREATE TABLE t (id integer DEFAULT next_code() CHECK (id > 0));
