-- A primary key gains INCLUDE columns and index options (new side).
CREATE TABLE t (id integer, v text, CONSTRAINT t_pkey PRIMARY KEY (id) INCLUDE (v) WITH (fillfactor = 90));
