CREATE TABLE keep (id integer);
CREATE TABLE person (id integer, name text);
CREATE FUNCTION label(p person) RETURNS text LANGUAGE sql AS 'SELECT p.name';
CREATE FUNCTION everyone() RETURNS SETOF person LANGUAGE sql AS 'SELECT * FROM person';
