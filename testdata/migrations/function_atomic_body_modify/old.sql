-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- BEGIN ATOMIC bodies made of INSERT, UPDATE and DELETE statements change
-- (CREATE OR REPLACE); written unqualified, compared in PostgreSQL's form.
CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric(10,2));
CREATE TABLE log (id serial PRIMARY KEY, item_id integer, note text);

CREATE FUNCTION add_item(n text, p numeric) RETURNS integer
    LANGUAGE sql
BEGIN ATOMIC
    insert into items (id, name, price)
    values ((select coalesce(max(id), 0) + 1 from items), n, p)
    returning id;
END;

CREATE PROCEDURE prune(below numeric)
    LANGUAGE sql
BEGIN ATOMIC
    with gone as (delete from items where price < below returning id)
    insert into log (item_id, note) select id, 'pruned' from gone;
END;
