CREATE FUNCTION norm(s text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(trim(s))';
CREATE TABLE t (email text CONSTRAINT t_email_check CHECK (norm(email) <> ''));
CREATE INDEX t_norm_idx ON t (norm(email));
