-- Subqueries: scalar, EXISTS, IN, ANY, correlated, in FROM, and names
-- PostgreSQL makes unique (a table used inside and outside a subquery).
CREATE TABLE project (id integer PRIMARY KEY, name text, client_id integer);
CREATE TABLE task (id integer PRIMARY KEY, project_id integer, done boolean);
CREATE VIEW project_open AS SELECT p.id, (SELECT count(*) FROM task t WHERE t.project_id = p.id AND NOT t.done) AS open FROM project p;
CREATE VIEW project_exists AS SELECT id, name FROM project WHERE EXISTS (SELECT 1 FROM task WHERE task.project_id = project.id);
CREATE VIEW project_in AS SELECT * FROM project WHERE id IN (SELECT project_id FROM task WHERE done);
CREATE VIEW project_self AS SELECT * FROM project WHERE id = (SELECT max(id) FROM project);
CREATE VIEW project_from AS SELECT x.id, x.n FROM (SELECT project_id AS id, count(*) AS n FROM task GROUP BY project_id) x WHERE x.n > 2;
CREATE VIEW project_lateral AS SELECT p.name, l.done FROM project p, LATERAL (SELECT t.done FROM task t WHERE t.project_id = p.id LIMIT 1) l;
CREATE VIEW project_any AS SELECT id FROM project WHERE id = ANY (ARRAY[1, 2, 3]) AND client_id <> ALL (ARRAY[4]);
CREATE VIEW project_array AS SELECT p.id, ARRAY(SELECT t.id FROM task t WHERE t.project_id = p.id ORDER BY t.id) AS tasks FROM project p;
