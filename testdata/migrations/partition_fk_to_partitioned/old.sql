-- A foreign key referencing a partitioned table is added (old side).
CREATE TABLE orders (id integer NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE line (order_id integer, region text);
