-- View options: security_barrier, security_invoker, check options, column lists.
CREATE TABLE account (id integer PRIMARY KEY, owner text NOT NULL, balance numeric(12,2) DEFAULT 0);
CREATE VIEW account_barrier WITH (security_barrier) AS SELECT id, owner FROM account WHERE balance > 0;
CREATE VIEW account_local AS SELECT id, owner, balance FROM account WHERE balance >= 0 WITH LOCAL CHECK OPTION;
CREATE VIEW account_cascaded AS SELECT id, owner FROM account_local WHERE owner <> '' WITH CHECK OPTION;
CREATE VIEW account_renamed (account_id, who) AS SELECT id, owner FROM account;
CREATE VIEW account_partly (account_id) AS SELECT id, owner FROM account;
CREATE VIEW account_opt WITH (check_option = cascaded, security_barrier = false) AS SELECT id FROM account;
