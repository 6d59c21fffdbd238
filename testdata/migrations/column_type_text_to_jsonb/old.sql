-- A text column becomes jsonb (needs USING) (old side).
CREATE TABLE t (doc text);
