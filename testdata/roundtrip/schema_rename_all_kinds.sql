-- ALTER SCHEMA ... RENAME TO moves every kind the model holds in a schema:
-- enums, domains, composite and range types, collations, operators,
-- operator classes and families, functions, procedures, aggregates,
-- sequences, tables, indexes, views, materialized views, rules, triggers,
-- policies, statistics objects, foreign tables, default privileges; and
-- every qualified reference to the schema follows (casts between its types
-- included).
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE FUNCTION app.one() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE DOMAIN app.pos AS integer DEFAULT app.one() CHECK (VALUE > 0)
    CONSTRAINT pos_one CHECK (VALUE >= app.one());
CREATE TYPE app.pair AS (a integer, b app.mood);
CREATE FUNCTION app.float_diff(float8, float8) RETURNS float8
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT $1 - $2';
CREATE TYPE app.span AS RANGE (subtype = float8, subtype_diff = app.float_diff);
CREATE COLLATION app.c_posix (locale = 'POSIX');
CREATE FUNCTION app.pair_eq(app.pair, app.pair) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT $1.a = $2.a';
CREATE OPERATOR app.=== (LEFTARG = app.pair, RIGHTARG = app.pair, FUNCTION = app.pair_eq);
CREATE FUNCTION app.pair_text(app.pair) RETURNS text
    LANGUAGE sql IMMUTABLE AS 'SELECT $1.a::text';
CREATE CAST (app.pair AS text) WITH FUNCTION app.pair_text(app.pair);
CREATE FUNCTION app.pos_cmp(app.pos, app.pos) RETURNS integer
    LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp($1, $2)';
CREATE OPERATOR FAMILY app.pos_fam USING btree;
CREATE OPERATOR CLASS app.int_rev FOR TYPE integer USING btree FAMILY app.pos_fam AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <,
    FUNCTION 1 btint4cmp(integer, integer);
CREATE AGGREGATE app.total(app.pos) (sfunc = int4pl, stype = integer);
CREATE PROCEDURE app.touch(x app.pos) LANGUAGE sql AS 'SELECT 1';
CREATE SEQUENCE app.counter;
CREATE TABLE app.item (
    id integer PRIMARY KEY DEFAULT nextval('app.counter'),
    p app.pair,
    q app.pos,
    s app.span,
    name text COLLATE app.c_posix
);
CREATE INDEX item_rev ON app.item (id app.int_rev);
CREATE VIEW app.item_v AS SELECT id, p, app.pair_text(p) AS t, 'happy'::app.mood AS m
    FROM app.item;
CREATE MATERIALIZED VIEW app.item_m AS SELECT id, q FROM app.item;
CREATE INDEX item_m_q ON app.item_m ((q::integer + app.one()));
CREATE INDEX item_m_rev ON app.item_m (id app.int_rev);
CREATE RULE item_v_ins AS ON INSERT TO app.item_v DO INSTEAD
    INSERT INTO app.item (id) VALUES (NEW.id);
CREATE FUNCTION app.trg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER item_t BEFORE INSERT ON app.item FOR EACH ROW EXECUTE FUNCTION app.trg();
ALTER TABLE app.item ENABLE ROW LEVEL SECURITY;
CREATE POLICY item_p ON app.item USING (q > 1);
CREATE STATISTICS app.item_st ON id, q FROM app.item;
CREATE FOREIGN DATA WRAPPER app_fdw;
CREATE SERVER app_srv FOREIGN DATA WRAPPER app_fdw;
CREATE FOREIGN TABLE app.remote (x app.pos DEFAULT app.one(), y app.pair) SERVER app_srv;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC;
COMMENT ON TYPE app.pair IS 'a pair';
COMMENT ON OPERATOR app.=== (app.pair, app.pair) IS 'same a';
ALTER SCHEMA app RENAME TO core;
