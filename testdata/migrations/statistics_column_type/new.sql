-- A column type change under a statistics object: PostgreSQL rebuilds the
-- object and resets its target, so the plan drops it and creates it again
-- around the change; an object on other columns is left alone.
CREATE TABLE public.t (a bigint, b integer, c text);
CREATE STATISTICS public.s_ab ON a, b FROM public.t;
ALTER STATISTICS public.s_ab SET STATISTICS 300;
COMMENT ON STATISTICS public.s_ab IS 'a and b';
CREATE STATISTICS public.s_c ON b, c FROM public.t;
ALTER STATISTICS public.s_c SET STATISTICS 200;
