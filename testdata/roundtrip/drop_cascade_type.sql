-- DROP TYPE / DOMAIN ... CASCADE removes the columns of that type (and
-- what uses them), domains over it, CHECK constraints and defaults that
-- cast to it, and functions that take or return it; DROP SEQUENCE ...
-- CASCADE removes the defaults that call nextval on it.
CREATE TYPE mood AS ENUM ('x', 'y');
CREATE DOMAIN dm AS mood CHECK (VALUE <> 'x');
CREATE TABLE tt (id integer, m mood, d dm, ms mood[], k text DEFAULT 'y'::mood::text, CONSTRAINT tt_k_check CHECK (k::mood IS NOT NULL));
CREATE VIEW vm AS SELECT id, m FROM tt;
CREATE VIEW vid AS SELECT id FROM tt;
CREATE FUNCTION fm(mood) RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION fr() RETURNS mood LANGUAGE sql AS $$SELECT 'x'::mood$$;
CREATE FUNCTION fkeep(integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';
DROP TYPE mood CASCADE;
CREATE DOMAIN small AS integer CHECK (VALUE < 10);
CREATE TABLE ts (a small, b integer);
DROP DOMAIN small CASCADE;
CREATE SEQUENCE s;
CREATE SEQUENCE s_keep;
CREATE TABLE tq (id integer DEFAULT nextval('s'), other integer DEFAULT nextval('s_keep'));
DROP SEQUENCE s CASCADE;
