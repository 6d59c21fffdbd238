-- requires: SELECT current_setting('server_version_num')::int >= 150000
-- security_invoker views (PostgreSQL 15 and later).
CREATE TABLE account (id integer PRIMARY KEY, owner text NOT NULL);
CREATE VIEW account_invoker WITH (security_invoker = true) AS SELECT * FROM account;
CREATE VIEW account_both WITH (security_invoker, security_barrier = false) AS SELECT id FROM account WHERE owner <> '';
