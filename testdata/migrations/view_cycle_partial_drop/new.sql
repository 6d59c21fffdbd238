CREATE TABLE projects (id integer, name text);
CREATE VIEW w AS SELECT id, name FROM projects WHERE id > 0;
