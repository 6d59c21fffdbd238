-- Constraints whose indexes use user operator classes: an exclusion
-- constraint naming a GiST class, and a unique key over a type whose
-- DEFAULT btree class is a user one. The classes are created before the
-- constraints and dropped after them.
CREATE SCHEMA geo;
CREATE TABLE geo.shapes (id integer, b box);
