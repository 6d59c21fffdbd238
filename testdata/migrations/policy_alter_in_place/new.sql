-- ALTER POLICY changes roles, USING and WITH CHECK in place (new side).
CREATE TABLE acct (id integer PRIMARY KEY, tenant integer NOT NULL, amount numeric NOT NULL);
ALTER TABLE acct ENABLE ROW LEVEL SECURITY;
CREATE POLICY acct_rw ON acct FOR UPDATE TO postgres USING (tenant = current_setting('app.tenant')::integer) WITH CHECK (amount >= 0 AND amount < 1000000);
CREATE POLICY acct_read ON acct FOR SELECT TO postgres USING (tenant > 0);
