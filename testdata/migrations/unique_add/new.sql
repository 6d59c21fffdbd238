-- A unique constraint is added (new side).
CREATE TABLE t (email text CONSTRAINT t_email_key UNIQUE);
