-- ON DELETE SET NULL (columns) and SET DEFAULT (columns) on composite foreign keys (PostgreSQL 15+).
-- requires: SELECT current_setting('server_version_num')::int >= 150000
CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE users (tenant_id integer, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE posts (
    tenant_id integer NOT NULL REFERENCES tenants,
    id integer,
    author_id integer,
    editor_id integer DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET NULL (author_id),
    FOREIGN KEY (tenant_id, editor_id) REFERENCES users ON DELETE SET DEFAULT (editor_id) ON UPDATE CASCADE
);
