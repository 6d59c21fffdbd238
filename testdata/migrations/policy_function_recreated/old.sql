-- The function a policy calls changes its result type (drop and create): the policy is dropped and created again around it (old side).
CREATE FUNCTION app_tenant() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT 1 $$;
CREATE TABLE t (id integer, tenant integer NOT NULL);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_tenant ON t USING (tenant = app_tenant());
