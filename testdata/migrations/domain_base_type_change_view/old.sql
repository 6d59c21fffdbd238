CREATE DOMAIN qty AS integer CHECK (VALUE >= 0);
CREATE TABLE stock (item text, n qty NOT NULL DEFAULT 0);
CREATE VIEW big_stock AS SELECT item, n FROM stock WHERE n > 100;
