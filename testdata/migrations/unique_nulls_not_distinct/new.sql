-- A unique constraint becomes NULLS NOT DISTINCT (new side).
-- requires: SELECT current_setting('server_version_num')::int >= 150000
CREATE TABLE t (code text, CONSTRAINT t_code_key UNIQUE NULLS NOT DISTINCT (code));
