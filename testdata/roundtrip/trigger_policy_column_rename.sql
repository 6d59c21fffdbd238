-- A column renamed after triggers (UPDATE OF, WHEN) and policies (USING, WITH CHECK) use it.
CREATE TABLE acct (id integer PRIMARY KEY, bal numeric NOT NULL, owner name NOT NULL);
CREATE FUNCTION acct_trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER acct_bal AFTER UPDATE OF bal, owner ON acct FOR EACH ROW
    WHEN (old.bal IS DISTINCT FROM new.bal) EXECUTE FUNCTION acct_trg();
ALTER TABLE acct ENABLE ROW LEVEL SECURITY;
CREATE POLICY acct_pos ON acct USING (bal >= 0 AND acct.owner = current_user) WITH CHECK (bal < 1000);
ALTER TABLE acct RENAME COLUMN bal TO balance;
ALTER TABLE acct RENAME owner TO holder;
