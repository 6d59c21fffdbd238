-- Two views that select from each other; one is dropped while the other
-- gets a query over the table (forward), or is created into the cycle
-- while the other comes to select from it (backward).
CREATE TABLE projects (id integer, name text);
CREATE VIEW v AS SELECT id, name FROM projects;
CREATE VIEW w AS SELECT id, name FROM v;
CREATE OR REPLACE VIEW v AS SELECT w.id, w.name FROM w;
