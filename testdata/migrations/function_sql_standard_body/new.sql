-- Written as PostgreSQL prints it (qualified names, output names): SQL-standard
-- bodies are not canonicalised offline.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TABLE keep (id integer);
CREATE TABLE item (id integer);
CREATE FUNCTION item_count() RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
    SELECT count(*) AS count FROM public.item;
END;
CREATE FUNCTION plus(a integer) RETURNS integer RETURN a + 1;
