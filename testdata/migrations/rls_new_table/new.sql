-- A new table comes with row-level security and policies that call a function (new side).
CREATE TABLE keep (id integer);
CREATE FUNCTION tenant() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT 1 $$;
CREATE TABLE secret (id integer PRIMARY KEY, tenant integer NOT NULL);
ALTER TABLE secret ENABLE ROW LEVEL SECURITY;
ALTER TABLE secret FORCE ROW LEVEL SECURITY;
CREATE POLICY by_tenant ON secret USING (tenant = public.tenant());
COMMENT ON POLICY by_tenant ON secret IS 'one tenant at a time';
