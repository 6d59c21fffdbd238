-- A constraint's comment is set (new side).
CREATE TABLE t (n integer CONSTRAINT t_n_check CHECK (n > 0));
COMMENT ON CONSTRAINT t_n_check ON t IS 'positive only';
