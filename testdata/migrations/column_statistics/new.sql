-- A column's statistics target is set (new side).
CREATE TABLE t (v text);
ALTER TABLE t ALTER COLUMN v SET STATISTICS 500;
