-- Expressions over columns of a domain type: PostgreSQL coerces the
-- column to the domain's base type where an operator or function needs
-- it, and prints that coercion.
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN txt AS text;
CREATE DOMAIN small AS posint CHECK (VALUE < 100);
CREATE TABLE t (
    c posint CHECK (c > 0),
    d posint DEFAULT 5,
    e txt CHECK (e <> ''),
    s small CHECK (s + 1 > c),
    f integer GENERATED ALWAYS AS (c * 2) STORED
);
CREATE INDEX ON t ((c + 1));
CREATE INDEX ON t (lower(e));
CREATE INDEX ON t (e) WHERE e = 'x';
CREATE TABLE u (
    c posint CHECK (c IN (1, 2, 3)),
    d posint CHECK (d IS NOT NULL AND d::text <> '7'),
    e txt CHECK (e LIKE 'a%' AND length(e) BETWEEN 1 AND 5),
    f posint CHECK (abs(f) < 1000)
);
CREATE DOMAIN qty AS numeric(12,2);
CREATE DOMAIN vc AS varchar(5);
CREATE TABLE x (n qty CHECK (n > 100), v vc CHECK (v <> 'a'));
