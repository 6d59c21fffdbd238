-- ATTACH PARTITION of existing tables (with matching and reordered columns), and partitions with extra defaults and NOT NULL.
CREATE TABLE p (id integer NOT NULL, k text, v numeric) PARTITION BY LIST (k);
CREATE TABLE p_a (id integer NOT NULL, k text, v numeric);
ALTER TABLE p ATTACH PARTITION p_a FOR VALUES IN ('a');
CREATE TABLE p_b (v numeric, k text, id integer NOT NULL);
ALTER TABLE ONLY p ATTACH PARTITION p_b FOR VALUES IN ('b');
CREATE TABLE p_c (id integer NOT NULL, k text NOT NULL, v numeric DEFAULT 0);
ALTER TABLE public.p ATTACH PARTITION public.p_c FOR VALUES IN ('c');
CREATE TABLE p_d PARTITION OF p (v DEFAULT 1, k NOT NULL) FOR VALUES IN ('d');
CREATE TABLE p_def (LIKE p);
ALTER TABLE p ATTACH PARTITION p_def DEFAULT;
