-- Policies: every command, permissive and restrictive, USING and WITH CHECK, PUBLIC and CURRENT_USER.
CREATE TABLE doc (
    id integer PRIMARY KEY,
    owner name NOT NULL DEFAULT current_user,
    status text NOT NULL,
    level integer NOT NULL DEFAULT 0,
    deleted boolean NOT NULL DEFAULT false
);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;

CREATE POLICY doc_all ON doc USING (owner = current_user);
CREATE POLICY doc_select ON doc FOR SELECT USING (status = 'published' OR owner = CURRENT_USER);
CREATE POLICY doc_insert ON doc FOR INSERT TO PUBLIC WITH CHECK (level BETWEEN 0 AND 10);
CREATE POLICY doc_update ON doc FOR UPDATE TO CURRENT_USER USING (NOT deleted) WITH CHECK (status IN ('draft', 'published'));
CREATE POLICY doc_delete ON doc AS PERMISSIVE FOR DELETE USING (level < 5);
CREATE POLICY doc_restrict ON doc AS RESTRICTIVE USING (NOT deleted);
CREATE POLICY "Mixed Case" ON doc FOR SELECT USING (true);
