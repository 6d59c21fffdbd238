-- A column dropped under statistics objects: those using it go first
-- (DROP COLUMN would drop them itself); backward, the column comes back
-- before them.
CREATE TABLE public.t (a integer, b integer);
CREATE STATISTICS public.s_ab ON a, b FROM public.t;
