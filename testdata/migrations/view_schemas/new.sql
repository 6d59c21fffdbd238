-- Views across schemas, and a view moved to another schema.
CREATE SCHEMA api;
CREATE TABLE public.item (id integer, name text);
CREATE VIEW api.item_v AS SELECT id, name FROM public.item;
CREATE VIEW api.item_names AS SELECT name FROM api.item_v;
