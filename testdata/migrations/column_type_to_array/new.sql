-- A text column becomes text[] (needs USING) (new side).
CREATE TABLE t (tags text[]);
