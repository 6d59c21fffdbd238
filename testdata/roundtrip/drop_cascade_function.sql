-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- DROP FUNCTION ... CASCADE removes the column defaults that call it (the
-- columns stay), generated columns, CHECK constraints and indexes that use
-- it, views, triggers, domain checks and functions with SQL-standard
-- bodies that call it, event triggers, and what uses those in turn. A
-- trigger function is followed even when its name has other overloads.
CREATE FUNCTION g(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1';
CREATE DOMAIN pos AS integer CONSTRAINT pos_g CHECK (g(VALUE) > 0) CONSTRAINT pos_plain CHECK (VALUE < 100);
CREATE TABLE w (x integer DEFAULT g(1), y integer CHECK (g(y) > 0), z integer GENERATED ALWAYS AS (g(x)) STORED, p pos);
CREATE INDEX w_g_idx ON w (g(x));
CREATE INDEX w_x_idx ON w (x);
CREATE VIEW wv AS SELECT g(x) AS gx FROM w;
CREATE VIEW wvv AS SELECT gx FROM wv;
CREATE FUNCTION h() RETURNS integer LANGUAGE sql RETURN g(2);
CREATE FUNCTION hh() RETURNS integer LANGUAGE sql RETURN h();
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';
CREATE FUNCTION trg2() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';
CREATE TRIGGER tg BEFORE INSERT ON w FOR EACH ROW EXECUTE FUNCTION trg();
CREATE TRIGGER tg2 BEFORE INSERT ON w FOR EACH ROW EXECUTE FUNCTION trg2();
CREATE FUNCTION trg(integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION evt() RETURNS event_trigger LANGUAGE plpgsql AS 'begin end';
CREATE EVENT TRIGGER drop_cascade_evt ON sql_drop EXECUTE FUNCTION evt();
DROP FUNCTION g(integer) CASCADE;
DROP FUNCTION trg() CASCADE;
DROP FUNCTION evt() CASCADE;
