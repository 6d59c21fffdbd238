-- An expression index is created (new side).
CREATE TABLE t (email text);
CREATE UNIQUE INDEX t_email_lower ON t (lower(email));
