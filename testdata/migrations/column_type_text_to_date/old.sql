-- A text column becomes date (needs USING) (old side).
CREATE TABLE t (day text);
