CREATE TABLE accounts (balance numeric NOT NULL, owner text NOT NULL);
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END';
CREATE TRIGGER accounts_balance AFTER UPDATE OF balance ON accounts FOR EACH ROW
 WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION audit('balance', '42');
COMMENT ON TRIGGER accounts_balance ON accounts IS 'audit balance changes';
CREATE TRIGGER accounts_truncate AFTER TRUNCATE ON accounts EXECUTE FUNCTION audit();
ALTER TABLE accounts DISABLE TRIGGER accounts_truncate;
