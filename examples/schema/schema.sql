-- The application's schema at this release: what strata apply brings the
-- database to (the examples mount or copy this directory as /schema).
CREATE TYPE task_status AS ENUM ('open', 'done', 'archived');

CREATE TABLE project (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE task (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES project (id),
    title text NOT NULL,
    status task_status NOT NULL DEFAULT 'open',
    due date
);

CREATE INDEX task_project ON task (project_id);

CREATE VIEW open_tasks AS
    SELECT id, project_id, title, due FROM task WHERE status = 'open';
