CREATE SCHEMA stx;
CREATE TABLE public.keep (a integer, b integer);
CREATE TABLE public.gone (a integer, b integer);
CREATE STATISTICS stx.s_keep ON a, b FROM public.keep;
CREATE STATISTICS stx.s_gone ON a, b FROM public.gone;
