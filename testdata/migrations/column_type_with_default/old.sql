-- A column's type changes together with its default (old side).
CREATE TABLE t (code integer DEFAULT 0);
