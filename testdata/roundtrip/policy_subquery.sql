-- Policies whose expressions use subqueries over other tables and user functions.
CREATE SCHEMA auth;
CREATE TABLE auth.member (user_name name NOT NULL, team integer NOT NULL);
CREATE FUNCTION auth.is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT current_user = 'postgres' $$;
CREATE TABLE project (id integer PRIMARY KEY, team integer NOT NULL, name text);
ALTER TABLE project ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_members ON project FOR SELECT
    USING (EXISTS (SELECT 1 FROM auth.member m WHERE m.team = project.team AND m.user_name = current_user));
CREATE POLICY in_teams ON project FOR UPDATE
    USING (team IN (SELECT member.team FROM auth.member WHERE member.user_name = CURRENT_USER));
CREATE POLICY admins ON project USING (auth.is_admin());
