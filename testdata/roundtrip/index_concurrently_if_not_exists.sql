-- CREATE INDEX CONCURRENTLY, IF NOT EXISTS (also on an existing name with another definition), and both together.
CREATE TABLE c (a integer, b text);
CREATE INDEX CONCURRENTLY c_a ON c (a);
CREATE INDEX IF NOT EXISTS c_b ON c (b);
CREATE INDEX IF NOT EXISTS c_b ON c (a, b);
CREATE INDEX CONCURRENTLY IF NOT EXISTS c_ab ON public.c USING btree (a, b);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS c_a_uniq ON c (a);
