-- One column changes type, default, NOT NULL, collation and comment at once (old side).
CREATE TABLE t (v varchar(10));
