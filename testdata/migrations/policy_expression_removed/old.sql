-- A policy loses its WITH CHECK (drop and create) or gains one (ALTER POLICY) (old side).
CREATE TABLE t (id integer, n integer);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (n > 0) WITH CHECK (n < 100);
