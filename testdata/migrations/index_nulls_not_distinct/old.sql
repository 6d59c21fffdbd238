-- A unique index becomes NULLS NOT DISTINCT (old side).
-- requires: SELECT current_setting('server_version_num')::int >= 150000
CREATE TABLE t (a integer);
CREATE UNIQUE INDEX t_a ON t (a);
