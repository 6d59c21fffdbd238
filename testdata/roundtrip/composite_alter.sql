-- ALTER TYPE on composite types: attributes added, dropped, retyped and
-- renamed; comments on the type and its attributes.
CREATE TYPE c AS (a integer, b text, d date);
ALTER TYPE c ADD ATTRIBUTE e numeric(5,1), DROP ATTRIBUTE IF EXISTS zz;
ALTER TYPE c DROP ATTRIBUTE b;
ALTER TYPE c ALTER ATTRIBUTE a SET DATA TYPE bigint;
ALTER TYPE c ALTER ATTRIBUTE d TYPE text COLLATE "C";
ALTER TYPE c RENAME ATTRIBUTE e TO amount;
COMMENT ON TYPE c IS 'a composite';
COMMENT ON COLUMN c.amount IS 'how much';
CREATE TYPE gone AS (x integer);
DROP TYPE gone;
