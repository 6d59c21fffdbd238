CREATE TABLE public.t (a integer, b integer, c integer);
CREATE STATISTICS public.s_ab ON a, b FROM public.t;
CREATE STATISTICS public.s_bc (dependencies) ON b, c FROM public.t;
