-- A comment is set on a primary key's index (new side).
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY);
COMMENT ON INDEX t_pkey IS 'the key index';
