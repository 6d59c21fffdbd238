CREATE TABLE public.t (a integer, b integer, c text);
CREATE STATISTICS public.s_ab ON a, b FROM public.t;
ALTER STATISTICS public.s_ab SET STATISTICS 300;
COMMENT ON STATISTICS public.s_ab IS 'a and b';
CREATE STATISTICS public.s_c ON b, c FROM public.t;
ALTER STATISTICS public.s_c SET STATISTICS 200;
