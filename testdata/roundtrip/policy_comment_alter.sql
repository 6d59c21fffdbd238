-- Policies changed after creation: ALTER POLICY (roles, USING, WITH CHECK), RENAME, DROP, comments.
CREATE SCHEMA app;
CREATE TABLE app.item (id bigint PRIMARY KEY, tenant integer NOT NULL, price numeric(10,2));
ALTER TABLE app.item ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_read ON app.item FOR SELECT USING (tenant = 1);
ALTER POLICY tenant_read ON app.item USING (tenant = current_setting('app.tenant')::integer);
COMMENT ON POLICY tenant_read ON app.item IS 'tenants see their own rows';

CREATE POLICY pricing ON app.item FOR UPDATE USING (true);
ALTER POLICY pricing ON app.item TO postgres WITH CHECK (price > 0);

CREATE POLICY old_name ON app.item FOR DELETE USING (tenant > 0);
ALTER POLICY old_name ON app.item RENAME TO deleting;
COMMENT ON POLICY deleting ON app.item IS 'gone';
COMMENT ON POLICY deleting ON app.item IS NULL;

CREATE POLICY temporary ON app.item USING (false);
DROP POLICY temporary ON app.item;
DROP POLICY IF EXISTS never_was ON app.item;
