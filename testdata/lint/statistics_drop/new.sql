-- Dropping, adding and changing extended statistics is invisible to the
-- application: PATCH both ways.
CREATE TABLE public.t (a integer, b integer, c integer);
CREATE STATISTICS public.s_bc (ndistinct) ON b, c FROM public.t;
ALTER STATISTICS public.s_bc SET STATISTICS 50;
CREATE STATISTICS public.s_ac ON a, c FROM public.t;
