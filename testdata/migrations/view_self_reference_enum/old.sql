-- A view that selects from itself has a column of an enum that loses a
-- value: the view depends on the type only through its column types, and
-- is dropped and created again around the type's replacement.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE diary (id integer, feeling mood, tags mood[]);
CREATE VIEW v AS SELECT id, feeling, tags FROM diary;
CREATE OR REPLACE VIEW v AS SELECT * FROM v;
