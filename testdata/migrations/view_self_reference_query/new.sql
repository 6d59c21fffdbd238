CREATE TABLE projects (id integer, name text, budget numeric(10,2));
CREATE VIEW v AS SELECT id, name, budget FROM projects;
CREATE OR REPLACE VIEW v AS SELECT v.id, v.name, v.budget, upper(v.name) AS shout FROM v WHERE v.id > 0;
COMMENT ON VIEW v IS 'kept';
