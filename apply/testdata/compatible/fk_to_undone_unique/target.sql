CREATE TABLE products (id bigint PRIMARY KEY, sku text);
CREATE TABLE stock (sku text, product_id bigint REFERENCES products (id), amount integer);
