-- An index's sort order changes (old side).
CREATE TABLE t (at timestamptz);
CREATE INDEX t_at ON t (at);
