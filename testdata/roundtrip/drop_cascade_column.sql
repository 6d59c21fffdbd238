-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- ALTER TABLE ... DROP COLUMN: indexes (also expression indexes and
-- predicates) and CHECK constraints on the column go with it; with
-- CASCADE, so do views, policies, triggers (UPDATE OF, WHEN), generated
-- columns, functions with SQL-standard bodies and foreign keys of other
-- tables that use it.
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, c integer,
    g integer GENERATED ALWAYS AS (a * 2) STORED, CONSTRAINT t_ab_check CHECK (a + b > 0));
CREATE INDEX t_expr ON t ((a + b));
CREATE INDEX t_pred ON t (c) WHERE a > 0;
CREATE INDEX t_c ON t (c);
CREATE VIEW v AS SELECT id, a FROM t;
CREATE VIEW w AS SELECT id, c FROM t;
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';
CREATE TRIGGER tg_upd BEFORE UPDATE OF b ON t FOR EACH ROW EXECUTE FUNCTION trg();
CREATE TRIGGER tg_when BEFORE UPDATE ON t FOR EACH ROW WHEN (NEW.a > 0) EXECUTE FUNCTION trg();
CREATE TRIGGER tg_keep BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY pol_a ON t USING (a > 0);
CREATE POLICY pol_c ON t USING (c > 0);
CREATE TABLE u (tid integer REFERENCES t (id), n integer);
CREATE FUNCTION fa() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT a FROM t LIMIT 1; END;
CREATE FUNCTION fc() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT c FROM t LIMIT 1; END;
ALTER TABLE t DROP COLUMN a CASCADE;
ALTER TABLE t DROP COLUMN b CASCADE;
ALTER TABLE t DROP COLUMN id CASCADE;
