package ddl

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/schema"
)

// TestStatisticsDefaultNames checks the names CREATE STATISTICS without a
// name gets (PostgreSQL 16+, ChooseExtendedStatisticName): table and key
// names ("expr" for any expression, a parenthesized column included) with
// "_stat", in the table's schema whatever search_path says, numbered on
// collision among statistics objects only, shortened to 63 bytes. The
// round-trip file statistics_default_name.sql checks them against servers
// that accept the statement.
func TestStatisticsDefaultNames(t *testing.T) {
	src := `CREATE SCHEMA s;
CREATE TABLE s.t (a integer, b integer, c text);
CREATE TABLE s.t_a_b_stat (x integer);
SET search_path = public;
CREATE STATISTICS ON a, b FROM s.t;
CREATE STATISTICS ON b, a FROM s.t;
CREATE STATISTICS ON a, b FROM s.t;
CREATE STATISTICS ON (a + b), c FROM s.t;
CREATE STATISTICS ON (a), c FROM s.t;
CREATE TABLE s.a_table_with_a_rather_long_name_that_goes_on_and_on_and_on (a_column_with_a_long_name_too integer, another_column_with_a_long_name integer);
CREATE STATISTICS ON a_column_with_a_long_name_too, another_column_with_a_long_name FROM s.a_table_with_a_rather_long_name_that_goes_on_and_on_and_on;
CREATE STATISTICS ON a_column_with_a_long_name_too, another_column_with_a_long_name FROM s.a_table_with_a_rather_long_name_that_goes_on_and_on_and_on;
`
	res, err := ParseSQL(Options{}, "names.sql", src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range res.DB.Statistics {
		got = append(got, st.QName().String()+" on "+st.Table.Name)
	}
	want := []string{
		"s.a_table_with_a_rather_long_n_a_column_with_a_long_name_to_stat1 on a_table_with_a_rather_long_name_that_goes_on_and_on_and_on",
		"s.a_table_with_a_rather_long_na_a_column_with_a_long_name_to_stat on a_table_with_a_rather_long_name_that_goes_on_and_on_and_on",
		"s.t_a_b_stat on t",
		"s.t_a_b_stat1 on t",
		"s.t_b_a_stat on t",
		"s.t_expr_c_stat on t",
		"s.t_expr_c_stat1 on t",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("generated names (-want +got):\n%s", d)
	}
}

// TestStatisticsModel checks what the parser stores: kinds in
// PostgreSQL's order, column keys in the table's column order, a
// parenthesized column as a column key, targets clamped, and keys
// following column renames.
func TestStatisticsModel(t *testing.T) {
	src := `CREATE TABLE t (a integer, b integer, c text);
CREATE STATISTICS s1 (mcv, ndistinct) ON c, (a), (b * 2) FROM t;
ALTER STATISTICS s1 SET STATISTICS 50000;
ALTER TABLE t RENAME COLUMN a TO c2;
ALTER TABLE t RENAME COLUMN b TO a;
ALTER TABLE t RENAME COLUMN c2 TO b;
CREATE STATISTICS s2 ON (a + b) FROM t;
ALTER STATISTICS s2 SET STATISTICS 0;
`
	res, err := ParseSQL(Options{}, "model.sql", src)
	if err != nil {
		t.Fatal(err)
	}
	ten, zero := 10000, 0
	want := []*schema.Statistics{
		{Schema: "public", Name: "s1", Table: schema.QName{Schema: "public", Name: "t"}, Kinds: []string{"ndistinct", "mcv"},
			Columns: []string{"b", "c"}, Exprs: []string{"a * 2"}, Target: &ten},
		{Schema: "public", Name: "s2", Table: schema.QName{Schema: "public", Name: "t"}, Exprs: []string{"a + b"}, Target: &zero},
	}
	if d := cmp.Diff(want, res.DB.Statistics); d != "" {
		t.Errorf("statistics (-want +got):\n%s", d)
	}
}

// TestStatisticsErrors checks that what PostgreSQL refuses is an error at
// the statement, saying what is wrong.
func TestStatisticsErrors(t *testing.T) {
	const table = "CREATE TABLE t (a integer, b integer, c integer, d integer, e integer, f integer, g integer, h integer, i integer);\n"
	cases := []struct{ sql, want string }{
		{"CREATE STATISTICS s ON a FROM t;", "extended statistics require at least 2 columns"},
		{"CREATE STATISTICS s ON a, b, a FROM t;", "duplicate column name in statistics definition"},
		{"CREATE STATISTICS s ON (a), a FROM t;", "duplicate column name in statistics definition"},
		{"CREATE STATISTICS s ON (a + 1), (a+1) FROM t;", "duplicate expression in statistics definition"},
		{"CREATE STATISTICS s ON a, zz FROM t;", "column zz does not exist"},
		{"CREATE STATISTICS s (mcv) ON (a + 1) FROM t;", "statistics kinds may not be specified"},
		{"CREATE STATISTICS s (histogram) ON a, b FROM t;", `unrecognized statistics kind "histogram"`},
		{"CREATE STATISTICS s ON a, b, c, d, e, f, g, h, i FROM t;", "cannot have more than 8 columns in statistics"},
		{"CREATE STATISTICS s ON a, b FROM nosuch;", "relation nosuch does not exist"},
		{"CREATE VIEW v AS SELECT 1 AS x, 2 AS y;\nCREATE STATISTICS s ON x, y FROM v;", "cannot define statistics for relation public.v"},
		{"CREATE MATERIALIZED VIEW m AS SELECT 1 AS x, 2 AS y;\nCREATE STATISTICS s ON x, z FROM m;", "column z does not exist"},
		{"CREATE MATERIALIZED VIEW m AS SELECT 1 AS x, 2 AS y;\nCREATE STATISTICS s ON x, y FROM m;\nDROP MATERIALIZED VIEW m;\nDROP STATISTICS s;", "statistics object s does not exist"},
		{"CREATE MATERIALIZED VIEW m AS SELECT a, b FROM t;\nCREATE STATISTICS s ON a, b FROM m;\nDROP TABLE t CASCADE;\nALTER STATISTICS s SET STATISTICS 1;", "statistics object s does not exist"},
		{"CREATE FOREIGN DATA WRAPPER w;\nCREATE SERVER sv FOREIGN DATA WRAPPER w;\nCREATE FOREIGN TABLE f (x integer, y integer) SERVER sv;\nCREATE STATISTICS s ON x, y FROM f;\nALTER FOREIGN TABLE f DROP COLUMN y;\nCOMMENT ON STATISTICS s IS 'x';", "statistics object s does not exist"},
		{"CREATE FOREIGN DATA WRAPPER w;\nCREATE SERVER sv FOREIGN DATA WRAPPER w;\nCREATE FOREIGN TABLE f (x integer, y integer) SERVER sv;\nCREATE STATISTICS s ON x, (y + 1) FROM f;\nDROP SERVER sv CASCADE;\nDROP STATISTICS s;", "statistics object s does not exist"},
		{"CREATE FOREIGN DATA WRAPPER w;\nCREATE SERVER sv FOREIGN DATA WRAPPER w;\nCREATE FOREIGN TABLE f (x integer) SERVER sv;\nCREATE STATISTICS s ON x, nope FROM f;", "column nope does not exist"},
		{"CREATE SEQUENCE q;\nCREATE STATISTICS s ON a, b FROM q;", "cannot define statistics for relation public.q: it is not a table"},
		{"CREATE TABLE u (x integer);\nCREATE STATISTICS s ON a, x FROM t, u;", "only a single relation is allowed"},
		{"CREATE STATISTICS s ON a, b FROM t;\nCREATE STATISTICS s ON c, d FROM t;", "statistics object s already exists"},
		{"CREATE STATISTICS s ON a, b FROM t;\nCREATE STATISTICS r ON c, d FROM t;\nALTER STATISTICS r RENAME TO s;", "statistics object s already exists in schema public"},
		{"ALTER STATISTICS s SET STATISTICS 10;", "statistics object s does not exist"},
		{"CREATE STATISTICS s ON a, b FROM t;\nALTER STATISTICS s SET STATISTICS -2;", "statistics target -2 is too low"},
		{"DROP STATISTICS s;", "statistics object s does not exist"},
		{"COMMENT ON STATISTICS public.s IS 'x';", "statistics object public.s does not exist"},
		{"CREATE STATISTICS s ON a, b FROM t;\nALTER TABLE t DROP COLUMN b;\nALTER STATISTICS s SET STATISTICS 10;", "statistics object s does not exist"},
		{"CREATE STATISTICS s ON a, b FROM t;\nALTER STATISTICS s SET SCHEMA nosuch;", "schema nosuch does not exist"},
	}
	for _, c := range cases {
		_, err := ParseSQL(Options{}, "e.sql", table+c.sql)
		if err == nil {
			t.Errorf("%s: no error, want %q", c.sql, c.want)
			continue
		}
		lines := strings.Count(c.sql, "\n") + 2
		if !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "e.sql:"+strconv.Itoa(lines)+":1: ") {
			t.Errorf("%s:\n got %v\nwant e.sql:%d:1: ...%s...", c.sql, err, lines, c.want)
		}
	}
}
