-- A SQL-standard body reads a table: created after it, dropped before it.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TABLE keep (id integer);
