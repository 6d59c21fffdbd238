-- A unique constraint becomes the primary key (old side).
CREATE TABLE t (id integer CONSTRAINT t_id_key UNIQUE, v text);
