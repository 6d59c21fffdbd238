-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- A BEGIN ATOMIC body changes (CREATE OR REPLACE), another function with
-- one appears; written unqualified, compared in PostgreSQL's form.
CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric(10,2));
CREATE FUNCTION item_name(item integer) RETURNS text
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT upper(name) FROM items WHERE id = item;
END;
CREATE FUNCTION cheap(max_price numeric) RETURNS SETOF items
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM items WHERE price < max_price ORDER BY price;
END;
