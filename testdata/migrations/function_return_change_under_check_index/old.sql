-- A function used by a check constraint and by an expression index
-- changes its result type: the constraint and the index must go before
-- the function is dropped and come back after.
CREATE FUNCTION norm(v text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(v)';
CREATE TABLE t (
    name text CHECK (norm(name) <> ''),
    tag text
);
CREATE INDEX t_norm_tag ON t (norm(tag));
CREATE INDEX t_partial ON t (name) WHERE norm(name) IS NOT NULL;
