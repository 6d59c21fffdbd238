-- A column a policy used is dropped while the policy changes in place to stop using it (new side).
CREATE TABLE t (id integer, a integer);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (a > 0);
