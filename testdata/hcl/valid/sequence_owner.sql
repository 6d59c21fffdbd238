CREATE SEQUENCE t_n_seq;
CREATE TABLE t (n bigint NOT NULL DEFAULT nextval('t_n_seq'));
ALTER SEQUENCE t_n_seq OWNED BY t.n;
