-- TOAST storage parameters are set (old side).
CREATE TABLE t (id integer, doc text);
