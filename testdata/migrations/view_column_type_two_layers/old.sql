-- A column's type changes under two layers of views (and a materialized view): they are dropped before and created again after.
CREATE TABLE account (id integer PRIMARY KEY, balance integer NOT NULL, owner text);
CREATE VIEW account_positive AS SELECT id, balance, owner FROM account WHERE balance > 0;
CREATE VIEW account_rich AS SELECT owner, balance FROM account_positive WHERE balance > 1000;
COMMENT ON VIEW account_rich IS 'the rich';
CREATE MATERIALIZED VIEW account_total AS SELECT sum(balance) AS total FROM account_positive;
CREATE INDEX account_total_idx ON account_total (total);
CREATE VIEW account_owner AS SELECT owner FROM account;
