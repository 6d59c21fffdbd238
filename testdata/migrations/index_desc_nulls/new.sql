-- An index's sort order changes (new side).
CREATE TABLE t (at timestamptz);
CREATE INDEX t_at ON t (at DESC NULLS LAST);
