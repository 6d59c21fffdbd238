-- A column default calls a function with a cast (old side).
CREATE TABLE t (day date);
