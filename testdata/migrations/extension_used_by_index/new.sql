-- An extension is added with an index using its operator class (new side).
CREATE EXTENSION pg_trgm;
CREATE TABLE doc (id integer PRIMARY KEY, title text);
CREATE INDEX doc_title_trgm ON doc USING gin (title gin_trgm_ops);
