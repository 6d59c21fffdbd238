-- Unqualified names resolve like PostgreSQL: creation in the first existing schema of search_path, look-ups along the path, set_config as pg_dump writes it.
CREATE SCHEMA a;
CREATE SCHEMA b;
SET search_path = missing, b, a;
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE t (id serial PRIMARY KEY, c color DEFAULT 'red');
SET search_path TO a;
CREATE TABLE t (id integer PRIMARY KEY, c b.color);
CREATE TABLE r (t_id integer REFERENCES t);
SELECT pg_catalog.set_config('search_path', 'b, public', false);
CREATE TABLE r (t_id integer REFERENCES t, n integer DEFAULT nextval('t_id_seq'));
CREATE INDEX ON t (c);
RESET search_path;
CREATE TABLE in_public (x integer);
COMMENT ON TABLE in_public IS 'public again';
