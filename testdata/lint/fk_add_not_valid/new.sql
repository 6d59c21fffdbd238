CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer);
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users NOT VALID;
