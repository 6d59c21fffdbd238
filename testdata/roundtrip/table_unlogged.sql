-- UNLOGGED tables, an UNLOGGED table with a serial (its sequence is unlogged too) and a logged one beside them.
CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v jsonb);
CREATE UNLOGGED TABLE IF NOT EXISTS counters (id serial, n bigint);
CREATE TABLE logged (id integer);
CREATE INDEX cache_v_idx ON cache USING gin (v);
