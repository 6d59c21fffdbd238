-- A column's type changes and its default stays the same text (new side).
CREATE TABLE t (flag boolean DEFAULT true);
