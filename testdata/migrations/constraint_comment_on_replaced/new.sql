-- A constraint that is replaced keeps its comment (new side).
CREATE TABLE t (n integer CONSTRAINT t_n_check CHECK (n >= 0));
COMMENT ON CONSTRAINT t_n_check ON t IS 'positive';
