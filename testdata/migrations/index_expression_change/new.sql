-- An expression index's expression changes (new side).
CREATE TABLE t (first text, last text);
CREATE INDEX t_name ON t ((first || ' ' || last));
