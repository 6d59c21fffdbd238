-- A permissive policy becomes restrictive (old side).
CREATE TABLE t (id integer, archived boolean NOT NULL DEFAULT false);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY live ON t USING (NOT archived);
CREATE POLICY everyone ON t AS PERMISSIVE USING (true);
