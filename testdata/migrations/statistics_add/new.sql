-- Statistics objects added to an existing table, one in another schema,
-- with a target and a comment, and on a table created in the same plan.
CREATE SCHEMA stx;
CREATE TABLE public.orders (id bigint PRIMARY KEY, city text, zip text, qty integer);
CREATE STATISTICS public.orders_geo (ndistinct, dependencies) ON zip, city FROM public.orders;
CREATE STATISTICS stx.orders_qty ON qty, city FROM public.orders;
ALTER STATISTICS stx.orders_qty SET STATISTICS 400;
COMMENT ON STATISTICS stx.orders_qty IS 'quantity by city';
CREATE TABLE public.items (order_id bigint, sku text, price numeric(10,2));
CREATE STATISTICS public.items_sku_price ON sku, price FROM public.items;
