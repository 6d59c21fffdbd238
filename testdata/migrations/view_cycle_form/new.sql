CREATE TABLE projects (id integer, name text, budget numeric(12,2));
CREATE VIEW v AS SELECT id, name, budget FROM projects;
CREATE VIEW w AS SELECT id, upper(name) AS name, budget FROM v;
CREATE OR REPLACE VIEW v AS SELECT w.id, lower(w.name) AS name, w.budget FROM w;
