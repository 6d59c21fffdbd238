-- A column's statistics target changes (new side).
CREATE TABLE t (v text);
ALTER TABLE t ALTER COLUMN v SET STATISTICS 0;
