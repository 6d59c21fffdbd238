-- DROP TYPE ... CASCADE drops the foreign table columns of that type (the
-- foreign table stays) and the defaults of foreign table columns that
-- call a dropped function.
CREATE FOREIGN DATA WRAPPER drop_cascade_tw;
CREATE SERVER drop_cascade_ts FOREIGN DATA WRAPPER drop_cascade_tw;
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE FUNCTION seed() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE FOREIGN TABLE fm (id integer DEFAULT seed(), m mood, ms mood[], n text) SERVER drop_cascade_ts;
DROP TYPE mood CASCADE;
DROP FUNCTION seed() CASCADE;
