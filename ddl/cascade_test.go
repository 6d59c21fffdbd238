package ddl

import (
	"strconv"
	"strings"
	"testing"
)

// TestDropWithoutCascade checks that a drop of an object that others use
// fails without CASCADE, as on PostgreSQL 15 (each statement below fails
// there too), at the drop's position, naming the object and a dependent;
// and that objects that belong to the dropped one do not stop it.
func TestDropWithoutCascade(t *testing.T) {
	base := "CREATE SCHEMA a;\n" +
		"CREATE TABLE a.t (id integer PRIMARY KEY, b integer, c integer, g integer GENERATED ALWAYS AS (c * 2) STORED);\n" +
		"CREATE FUNCTION a.trg() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';\n" +
		"CREATE TRIGGER tg BEFORE INSERT ON a.t FOR EACH ROW EXECUTE FUNCTION a.trg();\n" +
		"ALTER TABLE a.t ENABLE ROW LEVEL SECURITY;\n" +
		"CREATE POLICY own ON a.t USING (id > 0);\n" +
		"CREATE INDEX t_b ON a.t (b);\n" +
		"CREATE FUNCTION a.g(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1';\n" +
		"CREATE TYPE a.mood AS ENUM ('x');\n" +
		"CREATE SEQUENCE a.s;\n"
	baseLines := strings.Count(base, "\n")
	for stmt, want := range map[string]string{
		"CREATE VIEW a.v AS SELECT id FROM a.t;\nDROP TABLE a.t;":                                                                                        "cannot drop table a.t because view a.v depends on it; add CASCADE or drop view a.v first",
		"CREATE TABLE a.u (id integer REFERENCES a.t);\nDROP TABLE a.t;":                                                                                 "cannot drop table a.t because constraint u_id_fkey on table a.u depends on it",
		"CREATE TABLE a.k () INHERITS (a.t);\nDROP TABLE a.t;":                                                                                           "cannot drop table a.t because table a.k depends on it",
		"CREATE TABLE a.r (x a.t);\nDROP TABLE a.t;":                                                                                                     "cannot drop table a.t because column x of table a.r depends on it",
		"CREATE TRIGGER tgu BEFORE UPDATE OF b ON a.t FOR EACH ROW EXECUTE FUNCTION a.trg();\nALTER TABLE a.t DROP COLUMN b;":                            "cannot drop column b of table a.t because trigger tgu on table a.t depends on it",
		"CREATE POLICY pb ON a.t USING (b > 0);\nALTER TABLE a.t DROP COLUMN b;":                                                                         "cannot drop column b of table a.t because policy pb on table a.t depends on it",
		"CREATE VIEW a.v AS SELECT b FROM a.t;\nALTER TABLE a.t DROP COLUMN b;":                                                                          "cannot drop column b of table a.t because view a.v depends on it",
		"COMMENT ON SCHEMA a IS 'x';\nALTER TABLE a.t DROP COLUMN c;":                                                                                    "cannot drop column c of table a.t because column g of table a.t depends on it",
		"CREATE TABLE a.w (x integer DEFAULT a.g(1));\nDROP FUNCTION a.g(integer);":                                                                      "cannot drop function a.g(integer) because default value for column x of table a.w depends on it",
		"CREATE INDEX t_g ON a.t (a.g(b));\nDROP FUNCTION a.g;":                                                                                          "cannot drop function a.g(integer) because index a.t_g depends on it",
		"COMMENT ON SCHEMA a IS 'x';\nDROP FUNCTION a.trg();":                                                                                            "cannot drop function a.trg() because trigger tg on table a.t depends on it",
		"CREATE TABLE a.m (m a.mood[]);\nDROP TYPE a.mood;":                                                                                              "cannot drop type a.mood because column m of table a.m depends on it",
		"CREATE FUNCTION a.fm(a.mood) RETURNS integer LANGUAGE sql AS 'SELECT 1';\nDROP TYPE a.mood;":                                                    "cannot drop type a.mood because function a.fm(a.mood) depends on it",
		"CREATE TABLE a.q (id integer DEFAULT nextval('a.s'));\nDROP SEQUENCE a.s;":                                                                      "cannot drop sequence a.s because default value for column id of table a.q depends on it",
		"CREATE VIEW a.v AS SELECT id FROM a.t;\nCREATE VIEW a.vv AS SELECT id FROM a.v; DROP VIEW a.v;":                                                 "cannot drop view a.v because view a.vv depends on it",
		"CREATE TABLE a.u (id integer REFERENCES a.t);\nALTER TABLE a.t DROP CONSTRAINT t_pkey;":                                                         "cannot drop constraint t_pkey on table a.t because constraint u_id_fkey on table a.u depends on it",
		"CREATE UNIQUE INDEX t_bc ON a.t (c, b);\nCREATE TABLE a.u (b integer, c integer, FOREIGN KEY (b, c) REFERENCES a.t (b, c)); DROP INDEX a.t_bc;": "cannot drop index a.t_bc because constraint u_b_c_fkey on table a.u depends on it",
		"CREATE TABLE a.u (id integer REFERENCES a.t);\nCREATE VIEW a.v AS SELECT id FROM a.u; DROP TABLE a.t, a.u;":                                     "cannot drop desired object(s) because view a.v depends on them",
		"CREATE FOREIGN DATA WRAPPER w;\nCREATE SERVER s FOREIGN DATA WRAPPER w;\nCREATE FOREIGN TABLE a.ft (id integer) SERVER s;\nCREATE VIEW a.fv AS SELECT id FROM a.ft; DROP FOREIGN TABLE a.ft;": "cannot drop foreign table a.ft because view a.fv depends on it",
		"CREATE FUNCTION a.fb() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT b FROM a.t; END;\nALTER TABLE a.t DROP COLUMN b;":                                                                     "cannot drop column b of table a.t because function a.fb() depends on it",
		"CREATE TABLE pt (id integer, n integer);\nCREATE FUNCTION pf() RETURNS integer LANGUAGE sql RETURN (SELECT n FROM pt LIMIT 1); ALTER TABLE pt DROP COLUMN n;":                                 "cannot drop column n of table public.pt because function public.pf() depends on it",
		"CREATE SCHEMA e;\nCREATE FUNCTION e.f() RETURNS integer LANGUAGE sql AS 'SELECT 1'; DROP SCHEMA e;":                                                                                           "cannot drop schema e because other objects depend on it",
	} {
		_, err := ParseSQL(Options{}, "c.sql", base+stmt)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s:\ngot error  %v\nwant one containing %q", stmt, err, want)
			continue
		}
		// the drop is the last statement: its line is the last one
		if pos := "c.sql:" + strconv.Itoa(baseLines+strings.Count(stmt, "\n")+1) + ":"; !strings.HasPrefix(err.Error(), pos) {
			t.Errorf("%s: error %q is not at %s", stmt, err, pos)
		}
	}

	// What belongs to the dropped object goes with it: no CASCADE needed.
	for _, stmt := range []string{
		"DROP TABLE a.t;",
		"ALTER TABLE a.t DROP COLUMN b;",
		"ALTER TABLE a.t DROP COLUMN g;",
		"CREATE INDEX t_expr ON a.t ((b + c));\nALTER TABLE a.t ADD CONSTRAINT t_bc CHECK (b > c);\nALTER TABLE a.t DROP COLUMN b;",
		"CREATE FUNCTION a.g(text) RETURNS integer LANGUAGE sql AS 'SELECT 1';\nCREATE TABLE a.w (x integer DEFAULT a.g('x'));\nDROP FUNCTION a.g(integer);",
		"DROP TYPE a.mood; DROP SEQUENCE a.s; DROP FUNCTION a.g(integer);",
		// one of the dropped objects uses another
		"CREATE TABLE a.u (id integer REFERENCES a.t);\nDROP TABLE IF EXISTS a.t, a.u, a.w;",
		"CREATE VIEW a.v AS SELECT id FROM a.t;\nCREATE VIEW a.v2 AS SELECT id FROM a.v;\nDROP VIEW a.v, a.v2; DROP TABLE a.t;",
	} {
		if _, err := ParseSQL(Options{}, "ok.sql", base+stmt); err != nil {
			t.Errorf("%s: %v", stmt, err)
		}
	}
}
