CREATE TABLE projects (id bigint, name varchar(40));
CREATE VIEW v AS SELECT id, name FROM projects;
CREATE VIEW w AS SELECT id, name FROM v;
CREATE OR REPLACE VIEW v AS SELECT w.id, w.name FROM w;
CREATE VIEW over_v AS SELECT name FROM v;
