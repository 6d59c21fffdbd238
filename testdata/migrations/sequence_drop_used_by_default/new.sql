-- A sequence and the default using it disappear (new side).
CREATE TABLE t (id bigint, v text);
