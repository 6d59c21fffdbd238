-- A view follows the renames of the table under it.
CREATE SCHEMA arch;
CREATE TABLE box (id integer, size integer);
CREATE VIEW box_v AS SELECT id, size FROM box;
CREATE VIEW box_alias AS SELECT b.id FROM box b;
ALTER TABLE box RENAME TO crate;
CREATE TABLE shelf (id integer);
CREATE VIEW shelf_v AS SELECT * FROM shelf;
ALTER TABLE shelf SET SCHEMA arch;
CREATE TABLE pen (id integer, color text);
CREATE VIEW pen_v AS SELECT p.id, p.color FROM pen p WHERE p.color <> 'red';
CREATE VIEW pen_w AS SELECT color FROM pen;
ALTER TABLE pen RENAME COLUMN color TO colour;
