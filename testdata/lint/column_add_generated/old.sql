CREATE TABLE items (price numeric, qty integer);
