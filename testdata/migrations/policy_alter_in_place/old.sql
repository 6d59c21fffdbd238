-- ALTER POLICY changes roles, USING and WITH CHECK in place (old side).
CREATE TABLE acct (id integer PRIMARY KEY, tenant integer NOT NULL, amount numeric NOT NULL);
ALTER TABLE acct ENABLE ROW LEVEL SECURITY;
CREATE POLICY acct_rw ON acct FOR UPDATE TO PUBLIC USING (tenant = 1) WITH CHECK (amount >= 0);
CREATE POLICY acct_read ON acct FOR SELECT USING (true);
