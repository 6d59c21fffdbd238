CREATE TABLE doc (id integer, owner text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON doc USING (owner = current_user);
