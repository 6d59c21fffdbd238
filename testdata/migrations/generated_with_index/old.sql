-- A generated column with an index changes its expression (old side).
CREATE TABLE t (email text, domain text GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED);
CREATE INDEX t_domain ON t (domain);
