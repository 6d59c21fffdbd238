-- A column used by a multi-column CHECK constraint is dropped (old side).
CREATE TABLE t (lo integer, hi integer, CONSTRAINT t_range CHECK (lo <= hi));
