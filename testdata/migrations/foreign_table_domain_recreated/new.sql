-- The domain of a foreign table's column is recreated: the foreign table (no data) is dropped and created around it (new side)
CREATE DOMAIN code AS varchar(10) CHECK (VALUE <> '');
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE ft (c code) SERVER s;
