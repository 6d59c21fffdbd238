-- A new query for a view that selects from itself, with a column added at
-- the end: CREATE OR REPLACE VIEW, the column types being the same.
CREATE TABLE projects (id integer, name text, budget numeric(10,2));
CREATE VIEW v AS SELECT id, name, budget FROM projects;
CREATE OR REPLACE VIEW v AS SELECT v.id, v.name, v.budget FROM v;
COMMENT ON VIEW v IS 'kept';
