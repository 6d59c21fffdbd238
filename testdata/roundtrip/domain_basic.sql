-- Domains: base types, defaults, NOT NULL, named and unnamed checks.
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN "bıgınt" AS bigint;
CREATE DOMAIN public.year AS integer
	CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));
CREATE DOMAIN code AS varchar(10) DEFAULT 'none' NOT NULL
    CHECK (VALUE <> '') CHECK (length(VALUE) < 8);
CREATE DOMAIN "application/json" AS json;
CREATE DOMAIN maybe AS text DEFAULT NULL NULL;
CREATE TABLE t (
    id posint,
    y year DEFAULT 2000,
    c code,
    j "application/json",
    b "bıgınt"[]
);
