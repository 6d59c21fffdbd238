-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- DROP TABLE ... CASCADE removes what uses the table (views and
-- materialized views, and views over them, foreign keys of other tables, functions with SQL-standard
-- bodies, policies and rules of other tables, inheritance children,
-- columns of its row type, functions taking it) and keeps the rest of the
-- tables that held them.
CREATE SCHEMA a;
CREATE TABLE a.t (id integer PRIMARY KEY, b integer, c integer DEFAULT 1);
CREATE VIEW a.v AS SELECT id, b FROM a.t;
CREATE VIEW a.vv AS SELECT id FROM a.v;
CREATE VIEW a.other AS SELECT 1 AS one;
CREATE MATERIALIZED VIEW a.m AS SELECT b, count(*) AS n FROM a.t GROUP BY b;
CREATE INDEX m_b ON a.m (b);
CREATE VIEW a.mv AS SELECT n FROM a.m;
CREATE TABLE a.u (id integer REFERENCES a.t, x integer, CONSTRAINT u_x_check CHECK (x > 0));
CREATE FUNCTION a.f() RETURNS integer LANGUAGE sql RETURN (SELECT count(*)::integer FROM a.t);
CREATE FUNCTION a.keep() RETURNS integer LANGUAGE sql RETURN 1;
CREATE FUNCTION a.trg() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';
CREATE TRIGGER tg BEFORE INSERT ON a.t FOR EACH ROW EXECUTE FUNCTION a.trg();
CREATE TRIGGER tgu BEFORE INSERT ON a.u FOR EACH ROW EXECUTE FUNCTION a.trg();
ALTER TABLE a.t ENABLE ROW LEVEL SECURITY;
ALTER TABLE a.u ENABLE ROW LEVEL SECURITY;
CREATE POLICY pol ON a.t USING (b > 0);
CREATE POLICY polu ON a.u USING (x IN (SELECT b FROM a.t));
CREATE POLICY polkeep ON a.u USING (x > 0);
CREATE RULE r AS ON INSERT TO a.u DO ALSO SELECT 1 FROM a.t;
CREATE TABLE a.kid (k integer) INHERITS (a.t);
CREATE TABLE a.rowuser (r a.t, y integer);
CREATE FUNCTION a.takes(a.t) RETURNS integer LANGUAGE sql AS 'SELECT 1';
DROP TABLE a.t CASCADE;
