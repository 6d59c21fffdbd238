-- A text column becomes uuid (needs USING) (old side).
CREATE TABLE t (ref text);
