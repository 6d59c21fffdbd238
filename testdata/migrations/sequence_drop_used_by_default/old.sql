-- A sequence and the default using it disappear (old side).
CREATE SEQUENCE s;
CREATE TABLE t (id bigint DEFAULT nextval('s'), v text);
