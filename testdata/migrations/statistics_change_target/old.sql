CREATE TABLE public.t (a integer, b integer);
CREATE STATISTICS public.s1 ON a, b FROM public.t;
CREATE STATISTICS public.s2 ON a, b FROM public.t;
ALTER STATISTICS public.s2 SET STATISTICS 100;
COMMENT ON STATISTICS public.s2 IS 'old comment';
