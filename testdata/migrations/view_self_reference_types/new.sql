CREATE TABLE projects (id integer, name text);
CREATE VIEW v AS SELECT id::bigint AS id, name::varchar(40) AS name FROM projects;
CREATE OR REPLACE VIEW v AS SELECT v.id, v.name FROM v;
CREATE VIEW over_v AS SELECT id FROM v;
