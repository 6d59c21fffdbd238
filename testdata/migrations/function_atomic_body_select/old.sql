-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric(10,2));
CREATE FUNCTION item_name(item integer) RETURNS text
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT name FROM items WHERE id = item;
END;
