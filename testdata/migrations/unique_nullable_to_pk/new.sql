-- A unique constraint becomes the primary key (new side).
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v text);
