-- A unique constraint becomes deferrable (new side).
CREATE TABLE t (pos integer, CONSTRAINT t_pos_key UNIQUE (pos) DEFERRABLE INITIALLY DEFERRED);
