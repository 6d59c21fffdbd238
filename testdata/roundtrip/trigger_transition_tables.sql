-- REFERENCING OLD TABLE / NEW TABLE (transition tables) on statement and row triggers.
CREATE TABLE account (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);

CREATE FUNCTION audit_stmt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;

CREATE TRIGGER account_ins AFTER INSERT ON account REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION audit_stmt();
CREATE TRIGGER account_upd AFTER UPDATE ON account REFERENCING OLD TABLE AS before_rows NEW TABLE AS "After Rows"
    FOR EACH STATEMENT EXECUTE FUNCTION audit_stmt();
CREATE TRIGGER account_del AFTER DELETE ON account REFERENCING OLD TABLE AS gone
    FOR EACH ROW EXECUTE FUNCTION audit_stmt();
