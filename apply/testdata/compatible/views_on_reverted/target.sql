CREATE TABLE account (id integer PRIMARY KEY, balance integer NOT NULL DEFAULT 0, currency text DEFAULT 'EUR', legacy text);
CREATE VIEW rich AS SELECT id, balance FROM account WHERE balance > 1000;
CREATE VIEW by_currency AS SELECT currency, count(*) AS n FROM account GROUP BY currency;
CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n, sum(balance) AS total FROM account;
CREATE INDEX totals_n ON totals (n);
