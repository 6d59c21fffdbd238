CREATE FUNCTION norm(v text) RETURNS character varying LANGUAGE sql IMMUTABLE AS 'SELECT lower(v)';
CREATE TABLE t (
    name text CHECK (norm(name) <> ''),
    tag text
);
CREATE INDEX t_norm_tag ON t (norm(tag));
CREATE INDEX t_partial ON t (name) WHERE norm(name) IS NOT NULL;
