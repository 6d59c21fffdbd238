-- A column's statistics target changes (old side).
CREATE TABLE t (v text);
ALTER TABLE t ALTER COLUMN v SET STATISTICS 100;
