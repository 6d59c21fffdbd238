-- A text column becomes date (needs USING) (new side).
CREATE TABLE t (day date);
