-- A column with a default from a free sequence becomes an identity (old side).
CREATE SEQUENCE t_id_seq;
CREATE TABLE t (id bigint NOT NULL DEFAULT nextval('t_id_seq'));
