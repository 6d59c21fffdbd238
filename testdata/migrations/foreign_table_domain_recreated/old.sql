-- The domain of a foreign table's column is recreated: the foreign table (no data) is dropped and created around it (old side)
CREATE DOMAIN code AS text CHECK (VALUE <> '');
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE ft (c code) SERVER s;
