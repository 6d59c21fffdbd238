-- A primary key gains INCLUDE columns and index options (old side).
CREATE TABLE t (id integer, v text, CONSTRAINT t_pkey PRIMARY KEY (id));
