-- Several columns of many types are added (old side).
CREATE TABLE t (id integer);
