-- BEGIN ATOMIC bodies made of SELECT statements are canonicalised like
-- view queries, so that what the user wrote and what
-- pg_get_function_sqlbody prints (qualified columns, arguments as
-- function.argument, expanded *, output names) compare equal.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric(10,2), owner_id integer);
CREATE TABLE owners (id integer PRIMARY KEY, label varchar(20));

CREATE FUNCTION item_name(item integer) RETURNS text
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT name FROM items WHERE id = item;
END;

CREATE FUNCTION item_count() RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM items;
END;

CREATE FUNCTION cheap(max_price numeric) RETURNS SETOF items
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM items WHERE price < cheap.max_price ORDER BY price, id;
END;

CREATE FUNCTION owned(who varchar) RETURNS TABLE (item text, owner varchar)
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT i.name, o.label
    FROM items i JOIN owners o ON o.id = i.owner_id
    WHERE o.label = who AND i.id IN (SELECT id FROM items WHERE price > 0);
END;

CREATE FUNCTION twice(n integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT n * 2;
END;

CREATE FUNCTION two_steps(n integer) RETURNS integer
    LANGUAGE sql
BEGIN ATOMIC
    SELECT 1;
    SELECT max(id) + n FROM items;
END;
