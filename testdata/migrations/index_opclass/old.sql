-- An index gets an operator class (old side).
CREATE TABLE t (path text);
CREATE INDEX t_path ON t (path);
