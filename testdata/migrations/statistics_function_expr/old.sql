-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE FUNCTION public.bucket(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x / 10';
CREATE TABLE public.t (a integer, b integer);
CREATE STATISTICS public.s_bucket ON (public.bucket(a)), b FROM public.t;
ALTER STATISTICS public.s_bucket SET STATISTICS 150;
CREATE STATISTICS public.s_plain ON a, b FROM public.t;
