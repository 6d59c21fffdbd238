package ddl

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/pgtest"
)

// refuseCase is SQL whose last line PostgreSQL refuses (want set) or
// accepts (want empty) after the lines before it.
type refuseCase struct {
	setup, stmt, want string
	// since is the oldest major the case holds on (0: every one).
	since int
}

// refuseSetup is run before every case.
const refuseSetup = "CREATE SCHEMA a;\n" +
	"CREATE TYPE a.t2 AS (x integer);\n" +
	"CREATE FUNCTION a.cmp(a.t2, a.t2) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 0';\n" +
	"CREATE FUNCTION a.lt(a.t2, a.t2) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';\n" +
	"CREATE OPERATOR a.<<< (LEFTARG = a.t2, RIGHTARG = a.t2, FUNCTION = a.lt);\n" +
	"CREATE TABLE a.st (a integer, b integer);\n"

var refuseCases = []refuseCase{
	// 1. what DROP ... without CASCADE finds in the way
	{setup: "CREATE OPERATOR CLASS a.c FOR TYPE a.t2 USING btree AS OPERATOR 1 a.<<<, FUNCTION 1 a.cmp(a.t2, a.t2);",
		stmt: "DROP FUNCTION a.cmp(a.t2, a.t2);",
		want: "cannot drop function a.cmp(a.t2, a.t2) because operator class a.c for access method btree depends on it; add CASCADE"},
	{setup: "CREATE OPERATOR CLASS a.c FOR TYPE a.t2 USING btree AS OPERATOR 1 a.<<<, FUNCTION 1 a.cmp(a.t2, a.t2);",
		stmt: "DROP OPERATOR a.<<< (a.t2, a.t2);",
		want: "cannot drop operator a.<<< (a.t2, a.t2) because operator class a.c for access method btree depends on it"},
	{setup: "CREATE OPERATOR CLASS a.c FOR TYPE a.t2 USING btree AS OPERATOR 1 a.<<<, FUNCTION 1 a.cmp(a.t2, a.t2);",
		stmt: "DROP FUNCTION a.lt(a.t2, a.t2);",
		want: "cannot drop function a.lt(a.t2, a.t2) because operator a.<<< (a.t2, a.t2) depends on it"},
	{setup: "CREATE FUNCTION a.fam_cmp() RETURNS integer LANGUAGE sql AS 'SELECT 1';\nCREATE OPERATOR CLASS a.c FOR TYPE a.t2 USING btree AS FUNCTION 1 a.cmp(a.t2, a.t2);",
		stmt: "DROP FUNCTION a.fam_cmp(), a.cmp(a.t2, a.t2);",
		want: "cannot drop desired object(s) because operator class a.c for access method btree depends on them"},
	{setup: "CREATE FUNCTION a.sf(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1';\nCREATE STATISTICS a.se ON (a.sf(a)), b FROM a.st;",
		stmt: "DROP FUNCTION a.sf(integer);", since: 14,
		want: "cannot drop function a.sf(integer) because statistics object a.se depends on it"},
	{setup: "CREATE DOMAIN a.d AS integer;\nCREATE STATISTICS a.se ON ((a::a.d)), b FROM a.st;",
		stmt: "DROP DOMAIN a.d;", since: 14,
		want: "cannot drop type a.d because statistics object a.se depends on it"},
	{setup: "CREATE FUNCTION a.fdiff(float8, float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'SELECT $1 - $2';\nCREATE TYPE a.fr AS RANGE (subtype = float8, subtype_diff = a.fdiff);",
		stmt: "DROP FUNCTION a.fdiff(float8, float8);",
		want: "cannot drop function a.fdiff(double precision, double precision) because type a.fr depends on it"},
	{setup: "CREATE TYPE a.e AS ENUM ('x');\nCREATE FOREIGN DATA WRAPPER w;\nCREATE SERVER sv FOREIGN DATA WRAPPER w;\nCREATE FOREIGN TABLE a.ft (id integer, e a.e) SERVER sv;",
		stmt: "DROP TYPE a.e;",
		want: "cannot drop type a.e because column e of foreign table a.ft depends on it"},
	{setup: "CREATE FUNCTION a.ov(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';\nCREATE FUNCTION a.ov(text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 2';\nCREATE TABLE a.ot (x integer DEFAULT a.ov(1), y integer DEFAULT a.ov('z'));",
		stmt: "DROP FUNCTION a.ov(integer);",
		want: "cannot drop function a.ov(integer) because default value for column x of table a.ot depends on it"},
	{setup: "CREATE FUNCTION a.ov(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';\nCREATE FUNCTION a.ov(text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 2';\nCREATE TABLE a.ot (x integer DEFAULT a.ov(1), y integer DEFAULT a.ov('z'));",
		stmt: "DROP FUNCTION a.ov(text);",
		want: "cannot drop function a.ov(text) because default value for column y of table a.ot depends on it"},
	{setup: "CREATE FUNCTION a.ov(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';\nCREATE FUNCTION a.ov(text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 2';\nCREATE TABLE a.ot (x integer CHECK (a.ov(x) > 0));",
		stmt: "DROP FUNCTION a.ov(integer);",
		want: "cannot drop function a.ov(integer) because constraint ot_x_check on table a.ot depends on it"},
	{setup: "CREATE FUNCTION a.ov(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';\nCREATE FUNCTION a.ov(text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 2';\nCREATE VIEW a.ov_v AS SELECT a.ov(2) AS p;",
		stmt: "DROP FUNCTION a.ov(integer);",
		want: "cannot drop function a.ov(integer) because view a.ov_v depends on it"},
	{setup: "CREATE FUNCTION a.ov(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';\nCREATE FUNCTION a.ov(text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 2';\nCREATE FUNCTION a.body() RETURNS integer LANGUAGE sql RETURN a.ov('b'::text);",
		stmt: "DROP FUNCTION a.ov(text);", since: 14,
		want: "cannot drop function a.ov(text) because function a.body() depends on it"},
	// 2. DROP SCHEMA of a schema that is not empty
	{setup: "CREATE SCHEMA s2;\nCREATE OPERATOR FAMILY s2.f USING btree;",
		stmt: "DROP SCHEMA s2;", want: "cannot drop schema s2 because other objects depend on it"},
	{setup: "CREATE SCHEMA s2;\nCREATE OPERATOR FAMILY a.f USING btree;\nCREATE OPERATOR CLASS s2.c FOR TYPE a.t2 USING btree FAMILY a.f AS FUNCTION 1 a.cmp(a.t2, a.t2);",
		stmt: "DROP SCHEMA s2;", want: "cannot drop schema s2 because other objects depend on it"},
	{setup: "CREATE SCHEMA s3;\nCREATE STATISTICS s3.x ON a, b FROM a.st;",
		stmt: "DROP SCHEMA s3;", want: "cannot drop schema s3 because other objects depend on it"},
	{setup: "CREATE SCHEMA s4;\nCREATE OPERATOR s4.<<< (LEFTARG = a.t2, RIGHTARG = a.t2, FUNCTION = a.lt);",
		stmt: "DROP SCHEMA s4;", want: "cannot drop schema s4 because other objects depend on it"},
	// 3. NO INHERIT on a partitioned table
	{stmt: "CREATE TABLE a.pt (x integer, CHECK (x > 0) NO INHERIT) PARTITION BY RANGE (x);",
		want: "cannot add NO INHERIT constraint to partitioned table a.pt"},
	{stmt: "CREATE TABLE a.pt (x integer CHECK (x > 0) NO INHERIT) PARTITION BY LIST (x);",
		want: "cannot add NO INHERIT constraint to partitioned table a.pt"},
	{setup: "CREATE TABLE a.pt (x integer) PARTITION BY RANGE (x);",
		stmt: "ALTER TABLE ONLY a.pt ADD CONSTRAINT c CHECK (x > 0) NO INHERIT NOT VALID;",
		want: "cannot add NO INHERIT constraint to partitioned table a.pt"},
	// 4. CREATE OR REPLACE VIEW that changes a column's type
	{setup: "CREATE TABLE a.vt (a integer, b text);\nCREATE VIEW a.v AS SELECT a, b FROM a.vt;",
		stmt: "CREATE OR REPLACE VIEW a.v AS SELECT a::bigint AS a, b FROM a.vt;",
		want: "cannot change data type of view column a of a.v from integer to bigint"},
	{setup: "CREATE TABLE a.vt (a integer, b text);\nCREATE VIEW a.v AS SELECT a, b FROM a.vt;",
		stmt: "CREATE OR REPLACE VIEW a.v AS SELECT a, b::varchar AS b, 1 AS c FROM a.vt;",
		want: "cannot change data type of view column b of a.v from text to character varying"},
	{setup: "CREATE TABLE a.vt (a integer, b text);\nCREATE VIEW a.v AS SELECT a, b FROM a.vt;",
		stmt: "CREATE OR REPLACE VIEW a.v AS SELECT a AS aa, b FROM a.vt;",
		want: "cannot change name of view column a to aa"},
	{setup: "CREATE TABLE a.vt (a integer, b text);\nCREATE VIEW a.v AS SELECT a, b FROM a.vt;",
		stmt: "CREATE OR REPLACE VIEW a.v AS SELECT a FROM a.vt;",
		want: "cannot drop columns from view a.v"},
	// 5. a view over a relation that does not exist
	{stmt: "CREATE VIEW a.nv AS SELECT 1 AS x FROM pg_catalog.nothere;",
		want: "view a.nv: relation nothere does not exist"},
	{stmt: "CREATE VIEW a.nv AS SELECT * FROM nothere;",
		want: "view a.nv: relation nothere does not exist"},
	{stmt: "CREATE VIEW a.nv AS SELECT x FROM a.st JOIN (SELECT 1 AS x FROM a.nothere) s ON true;",
		want: "view a.nv: relation a.nothere does not exist"},
	{stmt: "CREATE MATERIALIZED VIEW a.nm AS SELECT 1 AS x FROM a.st WHERE EXISTS (SELECT FROM nothere);",
		want: "materialized view a.nm: relation nothere does not exist"},
	{stmt: "CREATE RECURSIVE VIEW a.rv (n) AS SELECT 1 UNION ALL SELECT n + 1 FROM a.rv WHERE n < 3;",
		want: "view a.rv: relation a.rv does not exist"},
	{stmt: "CREATE VIEW a.nv AS SELECT 1 AS x FROM a.nv;",
		want: "view a.nv: relation a.nv does not exist"},

	// accepted on both sides
	{setup: "CREATE FUNCTION a.lt2(a.t2, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';\nCREATE OPERATOR a.<<< (LEFTARG = a.t2, RIGHTARG = integer, FUNCTION = a.lt2);\nCREATE OPERATOR CLASS a.c FOR TYPE a.t2 USING btree AS OPERATOR 1 a.<<<, OPERATOR 1 a.<<< (a.t2, integer), FUNCTION 1 a.cmp(a.t2, a.t2);",
		stmt: "DROP OPERATOR a.<<< (a.t2, integer);", since: 14}, // 13 ties a cross-type member to the class
	{setup: "CREATE OPERATOR FAMILY a.f USING btree;\nALTER OPERATOR FAMILY a.f USING btree ADD OPERATOR 1 a.<<< (a.t2, a.t2), FUNCTION 1 a.cmp(a.t2, a.t2);",
		stmt: "DROP OPERATOR a.<<< (a.t2, a.t2); DROP FUNCTION a.cmp(a.t2, a.t2);"},
	{setup: "CREATE FUNCTION a.ov(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';\nCREATE FUNCTION a.ov(text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 2';\nCREATE TABLE a.ot (x integer DEFAULT a.ov(1), z text CHECK (a.ov(z) > 0));",
		stmt: "DROP FUNCTION a.ov(text) CASCADE; DROP FUNCTION a.ov(integer) CASCADE;"},
	{setup: "CREATE FUNCTION a.ov(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';\nCREATE FUNCTION a.ov(text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 2';\nCREATE FUNCTION a.body() RETURNS integer LANGUAGE sql RETURN a.ov('b'::text);",
		stmt: "DROP FUNCTION a.ov(integer);", since: 14},
	{setup: "CREATE FUNCTION a.fdiff(float8, float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'SELECT $1 - $2';\nCREATE FUNCTION a.fdiff(numeric, numeric) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'SELECT 0';\nCREATE TYPE a.fr AS RANGE (subtype = float8, subtype_diff = a.fdiff);",
		stmt: "DROP FUNCTION a.fdiff(numeric, numeric);"},
	{setup: "CREATE SCHEMA s2;", stmt: "DROP SCHEMA s2;"},
	{setup: "CREATE TABLE a.pt (x integer) PARTITION BY RANGE (x);",
		stmt: "CREATE TABLE a.p1 PARTITION OF a.pt (CHECK (x > 0) NO INHERIT) FOR VALUES FROM (1) TO (2);"},
	{setup: "CREATE TABLE a.vt (a integer, b varchar(3));\nCREATE VIEW a.v AS SELECT a, b FROM a.vt;",
		stmt: "CREATE OR REPLACE VIEW a.v AS SELECT a, b::varchar(3) AS b, 1 AS c FROM a.vt;"},
	{stmt: "CREATE VIEW a.nv AS WITH w AS (SELECT relname FROM pg_class) SELECT relname FROM w, pg_catalog.pg_namespace LIMIT 1;"},
	{stmt: "CREATE RECURSIVE VIEW a.rv (n) AS SELECT 1 UNION ALL SELECT n + 1 FROM rv WHERE n < 3;"},
	{stmt: "CREATE VIEW a.nv AS SELECT table_name FROM information_schema.tables;"},
}

// TestParserRefusesWhatPostgresRefuses checks each case on the parser
// (an error at the last line's position that names the object, or none)
// and replays it on the server, which must refuse (or accept) the last
// line the same way after accepting the lines before it.
func TestParserRefusesWhatPostgresRefuses(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	var major int
	if err := db.Conn.QueryRow(ctx, "SELECT current_setting('server_version_num')::int / 10000").Scan(&major); err != nil {
		t.Fatal(err)
	}
	for i, c := range refuseCases {
		if major < c.since {
			continue
		}
		setup := refuseSetup
		if c.setup != "" {
			setup += c.setup + "\n"
		}
		src := setup + c.stmt
		_, err := ParseSQL(Options{}, "c.sql", src)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("case %d %s: %v", i, c.stmt, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("case %d %s:\ngot error  %v\nwant one containing %q", i, c.stmt, err, c.want)
		case c.want != "":
			if pos := "c.sql:" + strconv.Itoa(strings.Count(setup, "\n")+1) + ":"; !strings.HasPrefix(err.Error(), pos) {
				t.Errorf("case %d: error %q is not at %s", i, err, pos)
			}
		}

		if _, err := db.Conn.Exec(ctx, "BEGIN"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Conn.Exec(ctx, setup); err != nil {
			t.Errorf("case %d: the server refuses the setup: %v", i, err)
		} else if _, err := db.Conn.Exec(ctx, c.stmt); (err != nil) != (c.want != "") {
			t.Errorf("case %d %s: the server says %v", i, c.stmt, err)
		}
		if _, err := db.Conn.Exec(ctx, "ROLLBACK"); err != nil {
			t.Fatal(err)
		}
	}
}
