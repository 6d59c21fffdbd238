-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TABLE public.t (a integer, b text);
CREATE STATISTICS public.s_expr ON (a * 2), (lower(b)) FROM public.t;
ALTER STATISTICS public.s_expr SET STATISTICS 75;
COMMENT ON STATISTICS public.s_expr IS 'expressions';
