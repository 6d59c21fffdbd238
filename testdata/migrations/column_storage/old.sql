-- A column's storage changes (old side).
CREATE TABLE t (doc text, b bytea);
