CREATE TABLE items (id integer PRIMARY KEY, price integer DEFAULT 0, label varchar(20));
COMMENT ON TABLE items IS 'the catalogue';
CREATE FUNCTION price_of(i integer) RETURNS integer LANGUAGE sql AS $$ SELECT price FROM items WHERE id = i $$;
CREATE VIEW cheap AS SELECT id, price FROM items WHERE price < 10;
