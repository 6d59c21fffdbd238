-- A primary key moves to other columns (new side).
CREATE TABLE t (a integer NOT NULL, b integer NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (a, b));
