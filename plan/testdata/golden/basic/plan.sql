ALTER TABLE public.orders DROP CONSTRAINT orders_user_id_fkey;
DROP INDEX public.orders_user;
DROP TABLE public.gone;
-- strata: not transactional
ALTER TYPE public.color ADD VALUE 'blue' AFTER 'red';
-- strata: not transactional
ALTER TYPE public.color ADD VALUE 'white' AFTER 'green';
CREATE TYPE public.mood__strata_new AS ENUM ('happy', 'ok', 'sad');
ALTER TABLE public.users ALTER COLUMN m DROP DEFAULT;
ALTER TABLE public.users ALTER COLUMN m TYPE public.mood__strata_new USING m::text::public.mood__strata_new;
ALTER TABLE public.users ALTER COLUMN ms TYPE public.mood__strata_new[] USING ms::text[]::public.mood__strata_new[];
DROP TYPE public.mood;
ALTER TYPE public.mood__strata_new RENAME TO mood;
ALTER TABLE public.users ALTER COLUMN m SET DEFAULT 'ok'::public.mood;
CREATE TABLE public.a (
    id integer NOT NULL,
    b_id integer
);
CREATE TABLE public.b (
    id integer NOT NULL,
    a_id integer
);
ALTER TABLE public.users ADD COLUMN email text;
ALTER TABLE public.orders ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE public.orders ALTER COLUMN id SET INCREMENT BY 2;
ALTER TABLE public.orders ALTER COLUMN note TYPE text;
ALTER TABLE public.users ALTER COLUMN age TYPE integer USING age::integer;
ALTER TABLE public.users ALTER COLUMN c SET DEFAULT 'blue'::public.color;
ALTER TABLE public.users ALTER COLUMN name TYPE character varying(100);
ALTER TABLE public.a ADD CONSTRAINT a_pkey PRIMARY KEY (id);
ALTER TABLE public.b ADD CONSTRAINT b_pkey PRIMARY KEY (id);
CREATE INDEX orders_user ON public.orders (user_id, note);
ALTER TABLE public.a ADD CONSTRAINT a_b_id_fkey FOREIGN KEY (b_id) REFERENCES public.b(id);
ALTER TABLE public.b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a(id);
ALTER TABLE public.orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;
COMMENT ON COLUMN public.users.email IS 'where to write';
