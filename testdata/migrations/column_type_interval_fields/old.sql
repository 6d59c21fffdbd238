-- An interval column gets a field restriction (old side).
CREATE TABLE t (d interval);
