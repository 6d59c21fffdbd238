-- pg_dump style partitions: tables created alone, ATTACH PARTITION, constraints and indexes ON ONLY the parent, ALTER INDEX ... ATTACH PARTITION.
SET search_path = '';
CREATE TABLE public.m (id bigint NOT NULL, created date NOT NULL, v text) PARTITION BY RANGE (created);
CREATE TABLE public.m_2024 (id bigint NOT NULL, created date NOT NULL, v text);
CREATE TABLE public.m_2025 (id bigint NOT NULL, created date NOT NULL, v text);
ALTER TABLE ONLY public.m ATTACH PARTITION public.m_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY public.m ATTACH PARTITION public.m_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE ONLY public.m ADD CONSTRAINT m_pkey PRIMARY KEY (id, created);
ALTER TABLE ONLY public.m_2024 ADD CONSTRAINT m_2024_pkey PRIMARY KEY (id, created);
ALTER TABLE ONLY public.m_2025 ADD CONSTRAINT m_2025_pkey PRIMARY KEY (id, created);
CREATE INDEX m_v_idx ON ONLY public.m USING btree (v);
CREATE INDEX m_2024_v_idx ON public.m_2024 USING btree (v);
CREATE INDEX m_2025_v_idx ON public.m_2025 USING btree (v);
CREATE INDEX m_2025_own ON public.m_2025 USING btree (id);
ALTER INDEX public.m_pkey ATTACH PARTITION public.m_2024_pkey;
ALTER INDEX public.m_pkey ATTACH PARTITION public.m_2025_pkey;
ALTER INDEX public.m_v_idx ATTACH PARTITION public.m_2024_v_idx;
ALTER INDEX public.m_v_idx ATTACH PARTITION public.m_2025_v_idx;
