-- A primary key moves to other columns (old side).
CREATE TABLE t (a integer NOT NULL, b integer NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (a));
