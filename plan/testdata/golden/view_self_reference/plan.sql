CREATE VIEW public.v AS SELECT NULL::integer AS id, NULL::text AS name, NULL::public.mood AS feeling;
CREATE OR REPLACE VIEW public.v AS SELECT v.id AS id, v.name AS name, v.feeling AS feeling FROM public.v WHERE v.id > 0;
CREATE VIEW public.over_v AS SELECT v.id AS id FROM public.v;
COMMENT ON COLUMN public.v.name IS 'the name';
