-- Views over user functions: in the target list, and in FROM (a function
-- returning a table's rows, one returning TABLE (...), one returning a
-- single value).
CREATE TABLE project (id integer PRIMARY KEY, name text);
CREATE FUNCTION project_label(p project) RETURNS text LANGUAGE sql STABLE AS $$ SELECT p.name || '#' || p.id $$;
CREATE FUNCTION projects_above(min integer) RETURNS SETOF project LANGUAGE sql STABLE AS $$ SELECT * FROM project WHERE id > min $$;
CREATE FUNCTION project_stats() RETURNS TABLE (n bigint, top integer) LANGUAGE sql STABLE AS $$ SELECT count(*), max(id) FROM project $$;
CREATE FUNCTION lucky() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 7 $$;
CREATE VIEW project_labels AS SELECT id, project_label(project) AS label FROM project;
CREATE VIEW project_big AS SELECT * FROM projects_above(10);
CREATE VIEW project_summary AS SELECT s.n, s.top FROM project_stats() s;
CREATE VIEW project_lucky AS SELECT l FROM lucky() l;
