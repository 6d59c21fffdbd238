CREATE TABLE t (a integer NOT NULL, b integer, c text, CONSTRAINT t_a_b_key UNIQUE (a, b) INCLUDE (c),
 CONSTRAINT t_b_nnd UNIQUE NULLS NOT DISTINCT (b) DEFERRABLE);
