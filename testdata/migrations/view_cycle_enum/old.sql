-- Two views that select from each other have columns of an enum that
-- loses a value: they depend on the type through their column types, and
-- are dropped (each first replaced by a first version) and created again
-- around the type's replacement.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE diary (id integer, feeling mood, tags mood[]);
CREATE VIEW v AS SELECT id, feeling, tags FROM diary;
CREATE VIEW w AS SELECT id, feeling, tags FROM v;
CREATE OR REPLACE VIEW v AS SELECT * FROM w;
