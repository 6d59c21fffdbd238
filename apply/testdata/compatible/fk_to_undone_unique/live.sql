CREATE TABLE products (id bigint PRIMARY KEY, sku text UNIQUE);
CREATE TABLE stock (sku text REFERENCES products (sku), product_id bigint REFERENCES products (id), amount integer);
