-- A column's type changes and its default stays the same text (old side).
CREATE TABLE t (flag text DEFAULT 'true');
