-- An indexed column changes type (new side).
CREATE TABLE t (code varchar(30));
CREATE INDEX t_code ON t (code);
