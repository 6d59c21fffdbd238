-- A comment is set on a primary key's index (old side).
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY);
