-- A function a view calls changes its result type: the view is dropped before and created again after.
CREATE TABLE item (id integer PRIMARY KEY, price integer);
CREATE FUNCTION taxed(p integer) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT p * 2.5 $$;
CREATE VIEW item_taxed AS SELECT id, taxed(price) AS total FROM item;
