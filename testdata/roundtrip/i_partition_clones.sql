-- Indexes and constraints PostgreSQL clones onto partitions (and the extra foreign-key rows it adds for a partitioned referenced table) belong to the parent only.
CREATE TABLE orders (id integer, region integer, note text, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN (1);
CREATE INDEX orders_note_idx ON orders (note);
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN (2);
CREATE INDEX orders_us_local ON orders_us (note, id);
ALTER TABLE orders ADD CONSTRAINT orders_region_check CHECK (region > 0);
CREATE TABLE lines (order_id integer, region integer, qty integer, FOREIGN KEY (order_id, region) REFERENCES orders) PARTITION BY HASH (order_id);
CREATE TABLE lines_0 PARTITION OF lines FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE lines_1 PARTITION OF lines FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE refs (order_id integer, region integer, FOREIGN KEY (order_id, region) REFERENCES orders (id, region));
