-- A foreign key's ON DELETE SET NULL names a column list (new side).
-- requires: SELECT current_setting('server_version_num')::int >= 150000
CREATE TABLE parent (tenant integer, id integer, PRIMARY KEY (tenant, id));
CREATE TABLE child (tenant integer, parent_id integer, CONSTRAINT child_fk FOREIGN KEY (tenant, parent_id) REFERENCES parent ON DELETE SET NULL (parent_id));
