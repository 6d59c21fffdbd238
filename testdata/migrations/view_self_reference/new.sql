CREATE TABLE projects (id integer, name text);
CREATE VIEW v AS SELECT projects.id, projects.name FROM projects;
CREATE OR REPLACE VIEW v AS SELECT v.id, v.name FROM v;
