-- One schema read twice by TestSameOutputFromFileAndDatabase: from this file
-- and from a database loaded with it. Both must print byte-identical output.
CREATE SCHEMA shop;
COMMENT ON SCHEMA shop IS 'The shop';
CREATE TYPE shop.status AS ENUM ('new', 'paid', 'shipped');
CREATE SEQUENCE shop.invoice_no START 1000 INCREMENT 10 CACHE 5;
CREATE TABLE shop.customer (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(200) NOT NULL,
    name text COLLATE "C",
    created timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT customer_email_key UNIQUE (email)
);
CREATE TABLE shop.orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES shop.customer (id) ON DELETE CASCADE,
    status shop.status NOT NULL DEFAULT 'new',
    total numeric(12,2) CHECK (total >= 0),
    invoice integer DEFAULT nextval('shop.invoice_no')
);
CREATE INDEX orders_customer_idx ON shop.orders (customer_id, id DESC) WHERE status <> 'shipped';
COMMENT ON TABLE shop.orders IS 'Orders; one per checkout';
COMMENT ON COLUMN shop.orders.total IS 'in EUR';
CREATE TABLE public.log (at timestamptz, line text) PARTITION BY RANGE (at);
CREATE TABLE public.log_2024 PARTITION OF public.log FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00');
