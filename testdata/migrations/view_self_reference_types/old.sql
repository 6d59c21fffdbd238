-- The column types of a view that selects from itself change (its query
-- stays the same): the view is dropped and created again, and the view
-- over it around it.
CREATE TABLE projects (id integer, name text);
CREATE VIEW v AS SELECT id, name FROM projects;
CREATE OR REPLACE VIEW v AS SELECT v.id, v.name FROM v;
CREATE VIEW over_v AS SELECT id FROM v;
