-- Domains and composite types over the row type of a table.
CREATE TABLE projects (id integer PRIMARY KEY, name text);
CREATE DOMAIN projects_domain AS projects;
CREATE TYPE project_pair AS (a projects, b projects_domain);
CREATE DOMAIN pair_domain AS project_pair;
