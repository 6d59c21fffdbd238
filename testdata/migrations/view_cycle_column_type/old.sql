-- A column type changes under two views that select from each other, and
-- their column types with it: both are dropped (each first replaced by a
-- version that selects NULLs) and created again (first versions, then
-- their queries), with the view over them.
CREATE TABLE projects (id integer, name varchar(20));
CREATE VIEW v AS SELECT id, name FROM projects;
CREATE VIEW w AS SELECT id, name FROM v;
CREATE OR REPLACE VIEW v AS SELECT w.id, w.name FROM w;
CREATE VIEW over_v AS SELECT name FROM v;
