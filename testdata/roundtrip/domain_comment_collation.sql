-- Domain comments, constraint comments, collations and nested domains.
CREATE SCHEMA s;
CREATE DOMAIN s.name AS text COLLATE "C" CHECK (VALUE <> '');
CREATE DOMAIN s.short_name AS s.name CHECK (length(VALUE) < 10);
CREATE DOMAIN s.pos AS integer CONSTRAINT positive CHECK (VALUE > 0);
CREATE DOMAIN s.small AS s.pos DEFAULT 1 CONSTRAINT small CHECK (VALUE < 10);
COMMENT ON DOMAIN s.name IS 'a name';
COMMENT ON CONSTRAINT positive ON DOMAIN s.pos IS 'greater than zero';
CREATE TABLE s.t (n s.name, sn s.short_name, p s.small);
DROP DOMAIN IF EXISTS s.missing;
CREATE DOMAIN s.gone AS integer;
DROP DOMAIN s.gone;
