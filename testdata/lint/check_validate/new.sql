CREATE TABLE t (id integer PRIMARY KEY, qty integer);
ALTER TABLE t ADD CONSTRAINT qty_positive CHECK (qty > 0);
