CREATE TABLE t (qty integer NOT NULL CONSTRAINT positive_qty CHECK (qty > 0), price numeric NOT NULL,
 CONSTRAINT no_inherit CHECK (qty < 1000) NO INHERIT);
ALTER TABLE t ADD CONSTRAINT cheap CHECK (price < 100) NOT VALID;
