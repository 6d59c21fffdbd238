CREATE TABLE account (id integer PRIMARY KEY, balance integer NOT NULL DEFAULT 0, legacy text);
CREATE VIEW rich AS SELECT id, balance FROM account WHERE balance > 1000;
CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n, sum(balance) AS total FROM account;
