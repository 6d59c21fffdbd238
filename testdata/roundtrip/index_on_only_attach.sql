-- pg_dump's way to index a partitioned table: CREATE INDEX ... ON ONLY parent, per-partition indexes, ALTER INDEX ... ATTACH PARTITION.
CREATE TABLE public.m (id bigint NOT NULL, at date NOT NULL, v text) PARTITION BY RANGE (at);
CREATE TABLE public.m_1 (id bigint NOT NULL, at date NOT NULL, v text);
CREATE TABLE public.m_2 (id bigint NOT NULL, at date NOT NULL, v text);
ALTER TABLE ONLY public.m ATTACH PARTITION public.m_1 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY public.m ATTACH PARTITION public.m_2 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE ONLY public.m ADD CONSTRAINT m_pkey PRIMARY KEY (id, at);
ALTER TABLE ONLY public.m_1 ADD CONSTRAINT m_1_pkey PRIMARY KEY (id, at);
ALTER TABLE ONLY public.m_2 ADD CONSTRAINT m_2_pkey PRIMARY KEY (id, at);
CREATE INDEX m_v_idx ON ONLY public.m USING btree (v);
CREATE INDEX m_1_v_idx ON public.m_1 USING btree (v);
CREATE INDEX m_2_v_idx ON public.m_2 USING btree (v);
ALTER INDEX public.m_pkey ATTACH PARTITION public.m_1_pkey;
ALTER INDEX public.m_v_idx ATTACH PARTITION public.m_1_v_idx;
ALTER INDEX public.m_pkey ATTACH PARTITION public.m_2_pkey;
ALTER INDEX public.m_v_idx ATTACH PARTITION public.m_2_v_idx;
