-- Kinds, keys and expressions change: each statistics object is dropped
-- and created again, with its target and comment.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TABLE public.t (a integer, b integer, c text);
CREATE STATISTICS public.s_kinds (dependencies, mcv) ON a, b FROM public.t;
CREATE STATISTICS public.s_keys ON a, b, c FROM public.t;
CREATE STATISTICS public.s_expr ON (a * b), c FROM public.t;
ALTER STATISTICS public.s_expr SET STATISTICS 50;
COMMENT ON STATISTICS public.s_expr IS 'kept across the re-creation';
