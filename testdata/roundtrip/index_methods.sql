-- Index access methods: btree (explicit and default), hash, gin, gist, brin, spgist.
CREATE TABLE m (id integer, t text, tags text[], j jsonb, r int4range, p point, ts timestamptz, ip inet, doc tsvector);
CREATE INDEX m_btree ON m USING btree (id);
CREATE INDEX m_default ON m (t);
CREATE INDEX m_hash ON m USING hash (t);
CREATE INDEX m_gin_tags ON m USING gin (tags);
CREATE INDEX m_gin_j ON m USING gin (j);
CREATE INDEX m_gin_doc ON m USING gin (doc);
CREATE INDEX m_gist_r ON m USING gist (r);
CREATE INDEX m_gist_p ON m USING gist (p);
CREATE INDEX m_brin_ts ON m USING brin (ts);
CREATE INDEX m_spgist_ip ON m USING spgist (ip);
CREATE INDEX m_spgist_t ON m USING spgist (t);
CREATE INDEX m_spgist_p ON m USING SPGIST (p);
