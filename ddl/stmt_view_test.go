package ddl

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSelfReferencingViewTypes checks that a view that CREATE OR REPLACE
// VIEW makes select from itself holds its column types (those of the
// version replaced, then those of the columns the replacement adds), and
// that no other view does.
func TestSelfReferencingViewTypes(t *testing.T) {
	src := "CREATE TABLE t (id integer, amount numeric(10,2), tags text[]);\n" +
		"CREATE VIEW plain AS SELECT id FROM t;\n" +
		"CREATE VIEW v AS SELECT id, amount * 2 AS twice, tags FROM t;\n" +
		"CREATE OR REPLACE VIEW v AS SELECT v.id, v.twice, v.tags, v.id::bigint AS big FROM v;\n" +
		"CREATE VIEW back AS SELECT id FROM t;\n" +
		"CREATE OR REPLACE VIEW back AS SELECT id FROM back;\n" +
		"CREATE OR REPLACE VIEW back AS SELECT id FROM t;\n"
	res, err := ParseSQL(Options{}, "v.sql", src)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, v := range res.DB.Views {
		var types []string
		for _, c := range v.Columns {
			types = append(types, c.Name+" "+c.Type)
		}
		got[v.Name] = types
		if want := v.Name == "v"; SelectsFromItself(v) != want {
			t.Errorf("SelectsFromItself(%s) = %v, want %v", v.QName(), !want, want)
		}
	}
	want := map[string][]string{
		"plain": {"id "},
		"v":     {"id integer", "twice numeric", "tags text[]", "big bigint"},
		"back":  {"id "},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("view column types (-want +got):\n%s", d)
	}
}

// TestSelfReferencingViewUnknownType checks the error for a view that
// selects from itself when the type of a column of the version it
// replaces cannot be inferred: where, which view and column, and to read
// the source with --dev-url.
func TestSelfReferencingViewUnknownType(t *testing.T) {
	src := "CREATE VIEW v AS SELECT 1 AS a, unnest(ARRAY[1, 2]) AS u;\n" +
		"CREATE OR REPLACE VIEW v AS SELECT v.a, v.u FROM v;\n"
	_, err := ParseSQL(Options{SkipUnsupported: true}, "u.sql", src)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("want an *Error, got %v", err)
	}
	if want := (Pos{File: "u.sql", Line: 2, Col: 1}); e.Pos != want {
		t.Errorf("position = %v, want %v", e.Pos, want)
	}
	for _, s := range []string{"view public.v selects from itself", "column u cannot be inferred", "--dev-url"} {
		if !strings.Contains(e.Msg, s) {
			t.Errorf("message %q does not say %q", e.Msg, s)
		}
	}
}
