-- Row-level security is turned on and policies are added (new side).
CREATE TABLE doc (id integer PRIMARY KEY, owner name NOT NULL, public boolean NOT NULL DEFAULT false);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_owner ON doc USING (owner = current_user);
CREATE POLICY doc_public ON doc FOR SELECT USING (public);
