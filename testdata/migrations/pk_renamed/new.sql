-- A primary key constraint gets another name (new side).
CREATE TABLE t (id integer CONSTRAINT t_id_pk PRIMARY KEY);
