-- Result forms: SETOF, RETURNS TABLE, record, void, a table's row type.
CREATE TABLE person (id integer, name text);

CREATE FUNCTION people() RETURNS SETOF person LANGUAGE sql STABLE AS 'SELECT * FROM person';

CREATE FUNCTION ids() RETURNS SETOF integer LANGUAGE sql ROWS 20 AS 'SELECT id FROM person';

CREATE FUNCTION pairs(n integer) RETURNS TABLE (id integer, label text)
    LANGUAGE sql AS $$ SELECT i, i::text FROM generate_series(1, n) i $$;

CREATE FUNCTION single() RETURNS TABLE (x integer) LANGUAGE sql AS 'SELECT 1';

CREATE FUNCTION rec() RETURNS record LANGUAGE sql AS 'SELECT 1, 2';

CREATE FUNCTION one_person(p person) RETURNS person LANGUAGE sql AS 'SELECT p';

CREATE FUNCTION setof_rec(OUT a integer, OUT b integer) RETURNS SETOF record
    LANGUAGE sql ROWS 5 COST 50 AS 'SELECT 1, 2';
