-- A text column becomes text[] (needs USING) (old side).
CREATE TABLE t (tags text);
