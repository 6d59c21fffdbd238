-- Index operator classes: text_pattern_ops, varchar_pattern_ops, jsonb_path_ops, gin_trgm_ops, gist_trgm_ops with a parameter, int4_ops (default).
CREATE EXTENSION pg_trgm;
CREATE TABLE o (t text, v varchar(50), j jsonb, c bpchar, i integer);
CREATE INDEX o_t_pattern ON o (t text_pattern_ops);
CREATE INDEX o_v_pattern ON o (v varchar_pattern_ops);
CREATE INDEX o_c_pattern ON o (c bpchar_pattern_ops);
CREATE INDEX o_j_path ON o USING gin (j jsonb_path_ops);
CREATE INDEX o_t_trgm ON o USING gin (t gin_trgm_ops);
CREATE INDEX o_t_trgm_q ON o USING gin (t public.gin_trgm_ops);
CREATE INDEX o_t_gist ON o USING gist (t gist_trgm_ops (siglen = 32));
CREATE INDEX o_i_default ON o (i int4_ops);
CREATE INDEX o_t_default ON o (t pg_catalog.text_ops);
