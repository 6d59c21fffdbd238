-- A table dropped with its statistics object, which lives in another
-- schema; backward, both come back.
CREATE SCHEMA stx;
CREATE TABLE public.keep (a integer, b integer);
CREATE STATISTICS stx.s_keep ON a, b FROM public.keep;
