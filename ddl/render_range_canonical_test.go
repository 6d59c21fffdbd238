package ddl_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
)

// TestRenderRangeCanonical checks Render on a range type whose canonical
// function is a user function: that function takes and returns the range
// type, so the script creates the shell type first, then the function,
// then the range, then what uses the range. The parser does not read shell
// types (CREATE TYPE name), so the model comes from a live database
// rather than from a round-trip file.
func TestRenderRangeCanonical(t *testing.T) {
	src := pgtest.NewDB(t)
	pgtest.Exec(t, src, `CREATE SCHEMA r;
CREATE TYPE r.intspan;
CREATE FUNCTION r.intspan_canon(r.intspan) RETURNS r.intspan
    LANGUAGE internal IMMUTABLE STRICT AS 'int4range_canonical';
CREATE FUNCTION r.int_diff(integer, integer) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT ($1 - $2)::double precision';
CREATE TYPE r.intspan AS RANGE (subtype = integer, canonical = r.intspan_canon, subtype_diff = r.int_diff);
CREATE FUNCTION r.a_len(s r.intspan) RETURNS integer
    LANGUAGE sql IMMUTABLE AS 'SELECT upper(s) - lower(s)';
CREATE TABLE r.booking (id integer PRIMARY KEY, during r.intspan, CHECK (r.a_len(during) < 100));
`)
	want, err := inspect.Live(context.Background(), src.Conn, inspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	script := ddl.Render(want)
	shell := strings.Index(script, "CREATE TYPE r.intspan;")
	canon := strings.Index(script, "CREATE FUNCTION r.intspan_canon(")
	rng := strings.Index(script, "CREATE TYPE r.intspan AS RANGE")
	if shell < 0 || canon < shell || rng < canon {
		t.Errorf("want the shell type, then the canonical function, then the range type:\n%s", script)
	}
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, script)
	live, err := inspect.Live(context.Background(), db.Conn, inspect.Options{})
	if err != nil {
		t.Fatalf("inspect.Live: %v\nscript:\n%s", err, script)
	}
	if diff := cmp.Diff(want, live); diff != "" {
		t.Errorf("the database built by the rendered script differs from the model (-model +database):\n%s\nscript:\n%s", diff, script)
	}
}
