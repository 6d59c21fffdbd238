-- A GiST class with an ordering operator added (and dropped backward),
-- with the index that uses it.
CREATE SCHEMA geo;
CREATE TABLE geo.shapes (b box);
