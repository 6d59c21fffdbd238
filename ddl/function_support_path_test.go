package ddl

import (
	"context"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/pgtest"
)

// supportPathSQL declares functions named like pg_catalog's ones that take
// internal: an unqualified SUPPORT name finds pg_catalog's first, unless
// search_path names pg_catalog after the user's schema.
const supportPathSQL = `CREATE FUNCTION textlike_support(internal) RETURNS internal LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION int4recv(internal) RETURNS internal LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION my_support(internal) RETURNS internal LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION g1(text) RETURNS boolean LANGUAGE sql SUPPORT textlike_support AS 'SELECT true';
CREATE FUNCTION g2(text) RETURNS boolean LANGUAGE sql SUPPORT my_support AS 'SELECT true';
CREATE FUNCTION g3(text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
ALTER FUNCTION g3(text) SUPPORT textlike_support;
SET search_path = public, pg_catalog;
CREATE FUNCTION g4(text) RETURNS boolean LANGUAGE sql SUPPORT textlike_support AS 'SELECT true';
CREATE FUNCTION g5(text) RETURNS boolean LANGUAGE sql SUPPORT int4recv AS 'SELECT true';
SET search_path = pg_catalog, public;
CREATE FUNCTION public.g6(text) RETURNS boolean LANGUAGE sql SUPPORT textlike_support AS 'SELECT true';
SET search_path = public;
`

// TestFunctionSupportSearchPath checks that an unqualified SUPPORT name is
// looked up in pg_catalog before search_path's schemas (or at pg_catalog's
// place when search_path names it), as the server does: the parsed
// support functions equal the ones a real server stores.
func TestFunctionSupportSearchPath(t *testing.T) {
	res, err := ParseSQL(Options{}, "s.sql", supportPathSQL)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range res.DB.Functions {
		if strings.HasPrefix(f.Name, "g") {
			got[f.Name] = f.Support
		}
	}
	want := map[string]string{
		"g1": "textlike_support",
		"g2": "public.my_support",
		"g3": "textlike_support",
		"g4": "public.textlike_support",
		"g5": "public.int4recv",
		"g6": "textlike_support",
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: parsed support %q, want %q", name, got[name], w)
		}
	}

	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, supportPathSQL)
	rows, err := db.Conn.Query(context.Background(),
		`SELECT proname, CASE WHEN prosupport = 0 THEN '' ELSE prosupport::regproc::text END
		   FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proname ~ '^g[0-9]$'`)
	if err != nil {
		t.Fatal(err)
	}
	live := map[string]string{}
	for rows.Next() {
		var name, sup string
		if err := rows.Scan(&name, &sup); err != nil {
			t.Fatal(err)
		}
		// regproc prints names along the session's search_path; qualify
		// what is not pg_catalog's as the model does.
		if sup != "" && !strings.Contains(sup, ".") && sup != "textlike_support" {
			sup = "public." + sup
		}
		live[name] = sup
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for name, w := range want {
		if live[name] != w {
			t.Errorf("%s: the server stores support %q, the test expects %q", name, live[name], w)
		}
	}
}

// TestFunctionSupportCatalogFirst checks the error PostgreSQL gives when
// the pg_catalog function an unqualified SUPPORT name finds first does not
// return internal, although a user function of the name does (message
// checked on PostgreSQL 15).
func TestFunctionSupportCatalogFirst(t *testing.T) {
	src := `CREATE FUNCTION int4recv(internal) RETURNS internal LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION g(text) RETURNS boolean LANGUAGE sql SUPPORT int4recv AS 'SELECT true';
`
	_, err := ParseSQL(Options{}, "s.sql", src)
	want := "support function int4recv must return type internal"
	if err == nil || !strings.HasPrefix(err.Error(), "s.sql:2:1: ") || !strings.Contains(err.Error(), want) {
		t.Errorf("got error %v, want one at s.sql:2:1 containing %q", err, want)
	}
	db := pgtest.NewDB(t)
	if err := pgtest.RunPSQL(db.URL, src, ""); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("the server: got %v, want an error containing %q", err, want)
	}
}
