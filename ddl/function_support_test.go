package ddl

import (
	"os"
	"strings"
	"testing"
)

// TestFunctionSupport checks how SUPPORT clauses read: the support
// function spelled as regproc prints it with an empty search_path, reset
// by CREATE OR REPLACE without the clause, following its function's
// renames and moves (testdata/roundtrip/function_support.sql).
func TestFunctionSupport(t *testing.T) {
	src, err := os.ReadFile("../testdata/roundtrip/function_support.sql")
	if err != nil {
		t.Fatal(err)
	}
	res, err := ParseSQL(Options{}, "function_support.sql", string(src))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range res.DB.Functions {
		got[f.Name] = f.Support
	}
	for name, want := range map[string]string{
		"my_like":         "planner.like_support",
		"my_like_builtin": "textlike_support",
		"my_like_bare":    "textlike_support",
		"my_like_later":   "planner.like_support",
		"my_like_reset":   "",
		"my_like_moved":   "public.renamed_support",
		"like_support":    "",
	} {
		if s, ok := got[name]; !ok || s != want {
			t.Errorf("%s: support %q (found %v), want %q", name, s, ok, want)
		}
	}
}

// TestFunctionSupportErrors checks the SUPPORT clauses PostgreSQL refuses
// (messages checked on PostgreSQL 15), each reported at its line.
func TestFunctionSupportErrors(t *testing.T) {
	const base = `CREATE FUNCTION s(internal) RETURNS internal LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION bad(internal) RETURNS integer LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION f(text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
`
	for stmt, want := range map[string]string{
		"CREATE FUNCTION g(text) RETURNS boolean LANGUAGE sql SUPPORT public.nope AS 'SELECT true';": `function public.nope(internal) does not exist`,
		"CREATE FUNCTION g(text) RETURNS boolean LANGUAGE sql SUPPORT bad AS 'SELECT true';":         `support function public.bad must return type internal`,
		"CREATE PROCEDURE p(text) LANGUAGE sql SUPPORT s AS 'SELECT true';":                          `invalid attribute in procedure definition`,
		"ALTER FUNCTION f(text) SUPPORT public.nope;":                                                `function public.nope(internal) does not exist`,
	} {
		_, err := ParseSQL(Options{}, "s.sql", base+stmt)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), "s.sql:4:1: ") {
			t.Errorf("%s: got error %v, want one at s.sql:4:1 containing %q", stmt, err, want)
		}
	}
}
