CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN code AS varchar(10) DEFAULT 'none' NOT NULL CONSTRAINT code_nonempty CHECK (VALUE <> '');
COMMENT ON DOMAIN code IS 'a code';
COMMENT ON CONSTRAINT code_nonempty ON DOMAIN code IS 'not empty';
CREATE TABLE t (id integer, p posint, c code[]);
