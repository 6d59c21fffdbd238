-- A policy loses its WITH CHECK (drop and create) or gains one (ALTER POLICY) (new side).
CREATE TABLE t (id integer, n integer);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (n > 0);
