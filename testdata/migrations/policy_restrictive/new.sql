-- A permissive policy becomes restrictive (new side).
CREATE TABLE t (id integer, archived boolean NOT NULL DEFAULT false);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY live ON t AS RESTRICTIVE USING (NOT archived);
CREATE POLICY everyone ON t AS PERMISSIVE USING (true);
