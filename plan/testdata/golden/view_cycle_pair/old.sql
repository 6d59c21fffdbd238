CREATE TABLE projects (id integer, name text);
CREATE VIEW v AS SELECT id, name FROM projects;
CREATE VIEW w AS SELECT id, name FROM v;
CREATE VIEW x AS SELECT id FROM w;
