-- A text column becomes jsonb (needs USING) (new side).
CREATE TABLE t (doc jsonb);
