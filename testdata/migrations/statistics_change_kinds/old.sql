CREATE TABLE public.t (a integer, b integer, c text);
CREATE STATISTICS public.s_kinds (ndistinct) ON a, b FROM public.t;
CREATE STATISTICS public.s_keys ON a, b FROM public.t;
CREATE STATISTICS public.s_expr ON (a + b), c FROM public.t;
ALTER STATISTICS public.s_expr SET STATISTICS 50;
COMMENT ON STATISTICS public.s_expr IS 'kept across the re-creation';
