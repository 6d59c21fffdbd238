-- A column's storage changes (new side).
CREATE TABLE t (doc text, b bytea);
ALTER TABLE t ALTER COLUMN doc SET STORAGE EXTERNAL;
ALTER TABLE t ALTER COLUMN b SET STORAGE MAIN;
