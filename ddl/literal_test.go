package ddl

import (
	"context"
	"fmt"
	"testing"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/internal/pgtest"
)

// TestCanonicalLiteral creates range partitions with bounds spelled in
// several ways and checks canonicalLiteral against pg_get_expr(relpartbound).
func TestCanonicalLiteral(t *testing.T) {
	cases := []struct{ typ, from, to string }{
		{"integer", "1", "10"},
		{"integer", "-5", "'7'"},
		{"integer", "MINVALUE", "MAXVALUE"},
		{"bigint", "3221225472", "'3221225473'"},
		{"numeric", "1.5", "2"},
		{"text", "'a'", "'it''s'"},
		{"character varying(10)", "'a'", "'b'"},
		{"date", "'2024-1-1'", "'2024-02-01'::date"},
		{"timestamp without time zone", "'2024-01-01'", "'2024-01-01 10:30'"},
		{"timestamp with time zone", "'2024-01-01'", "'2024-01-01 12:00:00+02'"},
		{"timestamp with time zone", "'2024-02-01 00:00+00'", "'2025-06-01 02:00+02'"},
		{"double precision", "'1e3'", "'1e16'"},
		{"interval", "'1 day -2 hours'", "'1.5 days'"},
		{"boolean", "false", "true"},
	}
	db := pgtest.NewDB(t)
	ctx := context.Background()
	if _, err := db.Conn.Exec(ctx, "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'"); err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		stmts := fmt.Sprintf("CREATE TABLE p%d (k %s) PARTITION BY RANGE (k); CREATE TABLE p%d_1 PARTITION OF p%d FOR VALUES FROM (%s) TO (%s)", i, c.typ, i, i, c.from, c.to)
		if _, err := db.Conn.Exec(ctx, stmts); err != nil {
			t.Errorf("%s: %v", stmts, err)
			continue
		}
		var bound string
		if err := db.Conn.QueryRow(ctx, fmt.Sprintf("SELECT pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname = 'p%d_1'", i)).Scan(&bound); err != nil {
			t.Fatal(err)
		}
		tree, err := pg_query.Parse(fmt.Sprintf("CREATE TABLE x PARTITION OF y FOR VALUES FROM (%s) TO (%s)", c.from, c.to))
		if err != nil {
			t.Fatal(err)
		}
		spec := tree.Stmts[0].Stmt.GetCreateStmt().Partbound
		var got []string
		for _, n := range append(spec.Lowerdatums, spec.Upperdatums...) {
			s, err := canonicalLiteral(n, c.typ)
			if err != nil {
				t.Fatalf("%s: %v", c.from, err)
			}
			got = append(got, s)
		}
		want := bound
		gotText := "FOR VALUES FROM (" + got[0] + ") TO (" + got[1] + ")"
		if gotText != want {
			t.Errorf("%s %s..%s: canonicalLiteral gives %s, server %s", c.typ, c.from, c.to, gotText, want)
		}
		// The printed values map to themselves.
		tree, err = pg_query.Parse("CREATE TABLE x PARTITION OF y " + bound)
		if err != nil {
			t.Fatal(err)
		}
		spec = tree.Stmts[0].Stmt.GetCreateStmt().Partbound
		for j, n := range append(spec.Lowerdatums, spec.Upperdatums...) {
			s, err := canonicalLiteral(n, c.typ)
			if err != nil || s != got[j] {
				t.Errorf("%s: printed value %d gives %q (%v), want %q", bound, j, s, err, got[j])
			}
		}
	}
}
