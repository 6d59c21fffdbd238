-- pg_trgm and btree_gist installed together, their operator classes used by indexes.
CREATE EXTENSION pg_trgm;
CREATE EXTENSION btree_gist;
CREATE TABLE docs (id integer, title text, body text);
CREATE INDEX docs_title_trgm ON docs USING gin (title gin_trgm_ops);
CREATE INDEX docs_body_trgm ON docs USING gist (body gist_trgm_ops);
CREATE INDEX docs_id_title_gist ON docs USING gist (id, title gist_trgm_ops);
