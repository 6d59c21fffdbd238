-- A column of another table that a policy's subquery reads changes type: the policy is dropped and created again (old side).
CREATE TABLE member (user_name name NOT NULL, team integer NOT NULL);
CREATE TABLE project (id integer PRIMARY KEY, team bigint NOT NULL);
ALTER TABLE project ENABLE ROW LEVEL SECURITY;
CREATE POLICY members ON project FOR SELECT
    USING (EXISTS (SELECT 1 FROM public.member m WHERE m.team = project.team AND m.user_name = current_user));
