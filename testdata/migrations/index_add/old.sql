-- An index is created or dropped (old side).
CREATE TABLE t (a integer, b text);
