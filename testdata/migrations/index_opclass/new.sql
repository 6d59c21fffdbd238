-- An index gets an operator class (new side).
CREATE TABLE t (path text);
CREATE INDEX t_path ON t (path text_pattern_ops);
