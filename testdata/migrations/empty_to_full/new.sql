-- A whole schema with every kind of object is created from nothing (new side).
CREATE EXTENSION pgcrypto;
CREATE SCHEMA shop;
COMMENT ON SCHEMA shop IS 'the shop';
CREATE TYPE shop.status AS ENUM ('cart', 'paid', 'shipped');
CREATE SEQUENCE shop.order_no START 1000;
CREATE TABLE shop.customer (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    secret bytea DEFAULT gen_random_bytes(8)
);
CREATE TABLE shop.orders (
    id bigint DEFAULT nextval('shop.order_no'),
    customer_id bigint NOT NULL REFERENCES shop.customer ON DELETE CASCADE,
    status shop.status NOT NULL DEFAULT 'cart',
    total numeric(12,2) CHECK (total >= 0),
    placed date NOT NULL,
    PRIMARY KEY (id, placed)
) PARTITION BY RANGE (placed);
CREATE TABLE shop.orders_2024 PARTITION OF shop.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX orders_customer ON shop.orders (customer_id, placed DESC);
ALTER SEQUENCE shop.order_no OWNED BY shop.orders.id;
COMMENT ON TABLE shop.orders IS 'orders by year';
COMMENT ON COLUMN shop.customer.email IS 'login';
