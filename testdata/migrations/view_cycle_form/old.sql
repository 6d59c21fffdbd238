-- A view over a view comes to select from it, and back: CREATE OR
-- REPLACE VIEW either way (the same column names and types); the other
-- view's query does not change, only whether the model holds its types.
CREATE TABLE projects (id integer, name text, budget numeric(12,2));
CREATE VIEW v AS SELECT id, name, budget FROM projects;
CREATE VIEW w AS SELECT id, upper(name) AS name, budget FROM v;
