-- Composite types with collations, used by tables and other types.
CREATE TYPE public.jwt_token AS (
	token text
);
CREATE TYPE complex AS (r double precision, i double precision);
CREATE TYPE empty AS ();
CREATE SCHEMA private;
CREATE TYPE private.point_3d AS (x integer, y integer, z integer);
CREATE TYPE labelled AS (label text COLLATE "C", at complex, tags varchar(20)[]);
CREATE DOMAIN composite_domain AS complex;
CREATE TABLE fav (num complex, l labelled[], cd composite_domain);
