-- Row-level security flags: ENABLE, FORCE, and a table that was enabled and disabled again.
CREATE TABLE account (id integer PRIMARY KEY, owner text NOT NULL);
ALTER TABLE account ENABLE ROW LEVEL SECURITY;
ALTER TABLE account FORCE ROW LEVEL SECURITY;

CREATE TABLE ledger (id integer, amount numeric);
ALTER TABLE ledger ENABLE ROW LEVEL SECURITY;

CREATE TABLE forced_only (id integer);
ALTER TABLE forced_only FORCE ROW LEVEL SECURITY;

CREATE TABLE toggled (id integer);
ALTER TABLE toggled ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE toggled DISABLE ROW LEVEL SECURITY;
ALTER TABLE toggled NO FORCE ROW LEVEL SECURITY;
