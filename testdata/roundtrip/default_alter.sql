-- Defaults set and dropped with ALTER TABLE ... ALTER COLUMN SET DEFAULT / DROP DEFAULT, with and without ONLY.
CREATE TABLE t (a integer DEFAULT 1, b text, c timestamp with time zone, d integer DEFAULT 7);
ALTER TABLE t ALTER COLUMN a SET DEFAULT 2;
ALTER TABLE ONLY t ALTER COLUMN b SET DEFAULT 'b'::text;
ALTER TABLE public.t ALTER c SET DEFAULT now();
ALTER TABLE t ALTER COLUMN d DROP DEFAULT;
