-- Targets and comments change in place.
CREATE TABLE public.t (a integer, b integer);
CREATE STATISTICS public.s1 ON a, b FROM public.t;
ALTER STATISTICS public.s1 SET STATISTICS 0;
COMMENT ON STATISTICS public.s1 IS 'new comment';
CREATE STATISTICS public.s2 ON a, b FROM public.t;
