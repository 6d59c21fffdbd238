CREATE SCHEMA stx;
CREATE TABLE public.orders (id bigint PRIMARY KEY, city text, zip text, qty integer);
