-- A column used by a multi-column CHECK constraint is dropped (new side).
CREATE TABLE t (lo integer);
