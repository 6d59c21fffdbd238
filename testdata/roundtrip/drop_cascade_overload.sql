-- DROP FUNCTION ... CASCADE of a function that shares its name with other
-- overloads: the defaults, checks, indexes and views whose calls resolve
-- to the dropped overload (their argument types are known: constants,
-- casts, columns) go; those that call another overload stay.
CREATE FUNCTION pick(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1';
CREATE FUNCTION pick(text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT length($1)';
CREATE TABLE ov (
    a integer DEFAULT pick(1),
    b integer DEFAULT pick('x'),
    c text CHECK (pick(c) > 0),
    d integer CHECK (pick(d) > 0)
);
CREATE INDEX ov_a ON ov (pick(a));
CREATE INDEX ov_c ON ov (pick(c));
CREATE VIEW ov_int AS SELECT pick(2) AS p;
CREATE VIEW ov_text AS SELECT pick('y'::text) AS p;
DROP FUNCTION pick(integer) CASCADE;
