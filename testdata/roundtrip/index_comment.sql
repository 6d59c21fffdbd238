-- Comments on indexes and on constraints (COMMENT ON INDEX, COMMENT ON CONSTRAINT ... ON table).
CREATE TABLE t (id integer PRIMARY KEY, a integer CHECK (a > 0), b text UNIQUE);
CREATE INDEX t_a ON t (a);
COMMENT ON INDEX t_a IS 'lookup by a';
COMMENT ON CONSTRAINT t_pkey ON t IS 'the key';
COMMENT ON CONSTRAINT t_a_check ON public.t IS 'positive';
