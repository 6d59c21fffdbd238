-- A primary key constraint gets another name (old side).
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY);
