-- The type of a column a policy reads changes: the policy is dropped and created again around it (new side).
CREATE TABLE t (id integer, level bigint NOT NULL);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY low ON t USING (level < 5);
