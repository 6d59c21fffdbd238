-- Extended statistics: kinds as listed and defaulted, column keys in the
-- table's column order whatever the statement's, a statistics object in a
-- schema other than its table's, targets (clamped to 10000, -1 resets),
-- comments, DROP STATISTICS [IF EXISTS].
CREATE SCHEMA stx;
CREATE TABLE orders (id bigint PRIMARY KEY, city text, zip text, state text, qty integer);
CREATE STATISTICS orders_geo (dependencies, ndistinct) ON zip, city FROM orders;
CREATE STATISTICS IF NOT EXISTS orders_geo (mcv) ON state, city FROM orders;
CREATE STATISTICS stx.orders_all ON state, city, zip FROM public.orders;
CREATE STATISTICS orders_mcv (mcv) ON qty, state FROM orders;
CREATE STATISTICS orders_gone ON qty, city FROM orders;
ALTER STATISTICS orders_geo SET STATISTICS 250;
ALTER STATISTICS stx.orders_all SET STATISTICS 20000;
ALTER STATISTICS orders_mcv SET STATISTICS 0;
ALTER STATISTICS orders_mcv SET STATISTICS -1;
ALTER STATISTICS IF EXISTS nosuch SET STATISTICS 10;
COMMENT ON STATISTICS orders_geo IS 'city and zip go together';
COMMENT ON STATISTICS stx.orders_all IS 'dropped comment';
COMMENT ON STATISTICS stx.orders_all IS NULL;
DROP STATISTICS orders_gone;
DROP STATISTICS IF EXISTS orders_gone, stx.nosuch;
