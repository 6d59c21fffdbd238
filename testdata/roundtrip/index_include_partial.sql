-- Indexes with INCLUDE columns and partial indexes (WHERE), separately and together.
CREATE TABLE orders (id integer, customer integer, status text, total numeric, deleted boolean DEFAULT false, created date);
CREATE INDEX orders_customer_incl ON orders (customer) INCLUDE (total, status);
CREATE INDEX orders_open ON orders (created) WHERE status = 'open';
CREATE INDEX orders_live ON orders (customer, created DESC) INCLUDE (total) WHERE NOT deleted AND total > 0;
CREATE INDEX orders_in ON orders (id) WHERE status IN ('a', 'b') OR created > '2020-01-01';
CREATE UNIQUE INDEX orders_uniq_live ON orders (id) INCLUDE (status) WHERE deleted IS FALSE;
CREATE INDEX orders_nulls ON orders (total) WHERE customer IS NULL;
