-- A unique constraint becomes deferrable (old side).
CREATE TABLE t (pos integer, CONSTRAINT t_pos_key UNIQUE (pos));
