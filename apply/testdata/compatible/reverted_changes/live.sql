CREATE TABLE items (id integer PRIMARY KEY, price bigint, label varchar(40));
COMMENT ON TABLE items IS 'the items';
CREATE FUNCTION price_of(i integer) RETURNS integer LANGUAGE sql AS $$ SELECT price::integer + 1 FROM items WHERE id = i $$;
CREATE FUNCTION price_of(i integer, discount integer) RETURNS integer LANGUAGE sql AS $$ SELECT price::integer - discount FROM items WHERE id = i $$;
CREATE VIEW cheap AS SELECT id, price FROM items WHERE price < 20;
CREATE VIEW labels AS SELECT id, label FROM items;
