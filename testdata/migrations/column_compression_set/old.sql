-- A column's compression is set from the default (old side).
CREATE TABLE t (doc jsonb);
