DROP VIEW public.x;
DROP VIEW public.w;
DROP VIEW public.v;
ALTER TABLE public.projects ALTER COLUMN name TYPE character varying(20);
CREATE VIEW public.v AS SELECT NULL::integer AS id, NULL::character varying(20) AS name;
CREATE VIEW public.w AS SELECT NULL::integer AS id, NULL::character varying(20) AS name;
CREATE OR REPLACE VIEW public.v AS SELECT w.id AS id, w.name AS name FROM public.w;
CREATE OR REPLACE VIEW public.w AS SELECT v.id AS id, v.name AS name FROM public.v;
CREATE VIEW public.x AS SELECT w.id AS id FROM public.w;
