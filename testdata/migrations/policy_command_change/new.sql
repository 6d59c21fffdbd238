-- A policy's command changes: it is dropped and created again (new side).
CREATE TABLE t (id integer, flag boolean);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t FOR DELETE USING (flag AND id > 0);
