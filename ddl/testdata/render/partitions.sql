CREATE TABLE public.animal (
    id integer NOT NULL,
    name text
);
CREATE TABLE public.by_region (
    region text,
    n bigint
) PARTITION BY LIST (region);
CREATE TABLE public.by_region_eu PARTITION OF public.by_region FOR VALUES IN ('de', 'fr', NULL) PARTITION BY HASH (n);
CREATE TABLE public.by_region_eu_0 PARTITION OF public.by_region_eu FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.by_region_eu_1 PARTITION OF public.by_region_eu FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE public.by_region_us PARTITION OF public.by_region FOR VALUES IN ('us');
CREATE TABLE public.dog (
    breed text
) INHERITS (public.animal);
CREATE TABLE public.measurements (
    city text NOT NULL,
    logdate date NOT NULL,
    reading integer DEFAULT 0,
    body text
) PARTITION BY RANGE (logdate, lower(city) COLLATE "C");
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01', MINVALUE) TO ('2025-01-01', MAXVALUE);
CREATE TABLE public.measurements_old PARTITION OF public.measurements DEFAULT WITH (fillfactor=50);

ALTER TABLE public.animal ALTER COLUMN name SET STATISTICS 50;
ALTER TABLE public.dog ALTER COLUMN name SET DEFAULT 'rex'::text;
ALTER TABLE public.dog ALTER COLUMN name SET NOT NULL;
ALTER TABLE public.dog ALTER COLUMN name SET STATISTICS -1;
ALTER TABLE public.measurements ALTER COLUMN reading SET STATISTICS 200;
ALTER TABLE public.measurements ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE public.measurements_2024 ALTER COLUMN reading SET DEFAULT 42;
ALTER TABLE public.measurements_2024 ALTER COLUMN reading SET STATISTICS -1;

ALTER TABLE public.animal ADD CONSTRAINT animal_id_check CHECK (id > 0) NO INHERIT;
ALTER TABLE public.animal ADD CONSTRAINT animal_name_check CHECK (name <> ''::text);
ALTER TABLE public.dog ADD CONSTRAINT dog_breed_check CHECK (breed IS NOT NULL) NOT VALID;
ALTER TABLE public.measurements ADD CONSTRAINT measurements_reading_check CHECK (reading >= 0);

CREATE INDEX measurements_reading_idx ON public.measurements (reading DESC);

COMMENT ON COLUMN public.measurements_2024.body IS 'inherited, with a comment';
