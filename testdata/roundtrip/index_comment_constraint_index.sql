-- A comment on the index behind a unique constraint (COMMENT ON INDEX t_b_key), distinct from the constraint's comment.
CREATE TABLE t (id integer PRIMARY KEY, b text UNIQUE);
COMMENT ON INDEX t_b_key IS 'comment on a constraint''s index';
COMMENT ON CONSTRAINT t_b_key ON t IS 'comment on the constraint';
