CREATE TABLE projects (id integer, name varchar(20));
CREATE VIEW v AS SELECT id, name FROM projects;
CREATE VIEW w AS SELECT id, name FROM v;
CREATE OR REPLACE VIEW v AS SELECT w.id, w.name FROM w;
CREATE VIEW x AS SELECT id FROM w;
