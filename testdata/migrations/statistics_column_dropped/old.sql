CREATE TABLE public.t (a integer, b integer, c integer);
CREATE STATISTICS public.s_ab ON a, b FROM public.t;
CREATE STATISTICS public.s_bc ON b, c FROM public.t;
CREATE STATISTICS public.s_ac ON a, c FROM public.t;
ALTER STATISTICS public.s_ac SET STATISTICS 300;
