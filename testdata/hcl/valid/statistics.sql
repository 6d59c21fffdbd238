CREATE SCHEMA stx;
CREATE TABLE public.orders (id bigint, city text, zip text, qty integer);
CREATE STATISTICS public.orders_geo (ndistinct, dependencies) ON city, zip FROM public.orders;
CREATE STATISTICS stx.orders_qty ON city, qty, (lower(zip)) FROM public.orders;
ALTER STATISTICS stx.orders_qty SET STATISTICS 400;
COMMENT ON STATISTICS stx.orders_qty IS 'quantity by city';
