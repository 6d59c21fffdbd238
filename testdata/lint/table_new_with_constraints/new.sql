CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users,
    code text NOT NULL UNIQUE,
    qty integer NOT NULL CHECK (qty > 0),
    token uuid DEFAULT gen_random_uuid()
);
CREATE INDEX orders_user ON orders (user_id);
