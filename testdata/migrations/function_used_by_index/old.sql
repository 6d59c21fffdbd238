-- An immutable function used by an expression index and a check: created
-- before them, dropped after them.
CREATE TABLE t (email text);
