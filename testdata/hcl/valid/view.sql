CREATE TABLE orders (id integer NOT NULL, total numeric NOT NULL);
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100 WITH LOCAL CHECK OPTION;
COMMENT ON VIEW big_orders IS 'orders over 100';
