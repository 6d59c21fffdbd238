CREATE SCHEMA shop;

CREATE EXTENSION btree_gist WITH SCHEMA public;

CREATE TABLE shop.by_code (
    code text
);
CREATE TABLE shop.customer (
    id integer NOT NULL,
    email text,
    best_order integer,
    "Region" text
);
CREATE TABLE shop.orders (
    id integer NOT NULL,
    customer_id integer,
    code text,
    during tstzrange,
    room integer
);

ALTER TABLE shop.customer ADD CONSTRAINT customer_email_key UNIQUE NULLS NOT DISTINCT (email) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE shop.customer ADD CONSTRAINT customer_pkey PRIMARY KEY (id) INCLUDE (email) WITH (fillfactor=80);
ALTER TABLE shop.orders ADD CONSTRAINT orders_code_check CHECK (code ~ '^[A-Z]'::text AND length(code) < 10);
ALTER TABLE shop.orders ADD CONSTRAINT orders_code_uq UNIQUE (code);
ALTER TABLE shop.orders ADD CONSTRAINT orders_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (room > 0);
ALTER TABLE shop.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

CREATE UNIQUE INDEX customer_expr_idx ON shop.customer ((id + 1), "Region" COLLATE "C" NULLS FIRST) INCLUDE (email);
CREATE UNIQUE INDEX customer_ident ON shop.customer (id);
CREATE INDEX customer_lower_idx ON shop.customer (lower(email) text_pattern_ops) WHERE (email IS NOT NULL);
CREATE INDEX customer_region_idx ON shop.customer USING hash ("Region") WITH (fillfactor=60);
CREATE INDEX orders_code_idx ON shop.orders (code);

ALTER TABLE shop.by_code ADD CONSTRAINT by_code_code_fkey FOREIGN KEY (code) REFERENCES shop.orders(code);
ALTER TABLE shop.customer ADD CONSTRAINT customer_best_order_fkey FOREIGN KEY (best_order) REFERENCES shop.orders(id) ON DELETE SET NULL (best_order) DEFERRABLE;
ALTER TABLE shop.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES shop.customer(id) MATCH FULL ON UPDATE CASCADE ON DELETE RESTRICT NOT VALID;

ALTER TABLE shop.customer REPLICA IDENTITY USING INDEX customer_ident;

COMMENT ON CONSTRAINT customer_pkey ON shop.customer IS 'the key';
COMMENT ON INDEX shop.customer_lower_idx IS 'lookup by email';
COMMENT ON CONSTRAINT orders_no_overlap ON shop.orders IS 'no double booking';
