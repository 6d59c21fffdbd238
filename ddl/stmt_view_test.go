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

// TestViewCycleTypes checks that the views of a cycle of views (views that
// select from each other through CREATE OR REPLACE VIEW, a view that
// selects from itself and from another) hold their column types, those of
// the versions replaced, and that views over a cycle, or whose cycle a
// later replacement broke, do not; and ViewCycles' groups.
func TestViewCycleTypes(t *testing.T) {
	src := "CREATE TABLE t (id integer, amount numeric(10,2), tags text[]);\n" +
		"CREATE VIEW a AS SELECT id, amount FROM t;\n" +
		"CREATE VIEW b AS SELECT id, amount * 2 AS twice FROM a;\n" +
		"CREATE OR REPLACE VIEW a AS SELECT b.id, b.twice::numeric(10,2) AS amount, b.id::bigint AS big FROM b;\n" +
		"CREATE VIEW over_a AS SELECT id FROM a;\n" +
		"CREATE VIEW x AS SELECT id, tags FROM t;\n" +
		"CREATE VIEW y AS SELECT id, tags FROM x;\n" +
		"CREATE VIEW z AS SELECT id, tags FROM y;\n" +
		"CREATE OR REPLACE VIEW x AS SELECT z.id, z.tags FROM z JOIN x x2 USING (id);\n" +
		"CREATE VIEW p AS SELECT id FROM t;\n" +
		"CREATE VIEW q AS SELECT id FROM p;\n" +
		"CREATE OR REPLACE VIEW p AS SELECT id FROM q;\n" +
		"CREATE OR REPLACE VIEW p AS SELECT id FROM t;\n"
	res, err := ParseSQL(Options{}, "c.sql", src)
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
	}
	want := map[string][]string{
		"a":      {"id integer", "amount numeric(10,2)", "big bigint"},
		"b":      {"id integer", "twice numeric"},
		"over_a": {"id "},
		"x":      {"id integer", "tags text[]"},
		"y":      {"id integer", "tags text[]"},
		"z":      {"id integer", "tags text[]"},
		"p":      {"id "},
		"q":      {"id "},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("view column types (-want +got):\n%s", d)
	}
	cycles := map[string][]string{}
	for q, c := range ViewCycles(res.DB.Views) {
		for _, m := range c {
			cycles[q.Name] = append(cycles[q.Name], m.Name)
		}
	}
	wantCycles := map[string][]string{
		"a": {"a", "b"}, "b": {"a", "b"},
		"x": {"x", "y", "z"}, "y": {"x", "y", "z"}, "z": {"x", "y", "z"},
	}
	if d := cmp.Diff(wantCycles, cycles); d != "" {
		t.Errorf("ViewCycles (-want +got):\n%s", d)
	}
}

// TestViewCycleUnknownType checks the error for views that come to
// select from each other when the type of a column of one of them cannot
// be inferred: at the statement that last created or replaced that view,
// naming the views, the view and column, and --dev-url.
func TestViewCycleUnknownType(t *testing.T) {
	src := "CREATE VIEW v AS SELECT 1 AS a, unnest(ARRAY[1, 2]) AS u;\n" +
		"CREATE VIEW w AS SELECT a FROM v;\n" +
		"CREATE OR REPLACE VIEW v AS SELECT w.a, unnest(ARRAY[3]) AS u FROM w;\n"
	_, err := ParseSQL(Options{SkipUnsupported: true}, "u.sql", src)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("want an *Error, got %v", err)
	}
	if want := (Pos{File: "u.sql", Line: 3, Col: 1}); e.Pos != want {
		t.Errorf("position = %v, want %v", e.Pos, want)
	}
	for _, s := range []string{"views public.v, public.w select from each other", "column u of view public.v cannot be inferred", "--dev-url"} {
		if !strings.Contains(e.Msg, s) {
			t.Errorf("message %q does not say %q", e.Msg, s)
		}
	}
}

// TestViewCycleUnknownTypeOfOther checks that the error points to the view
// whose type is unknown when it is not the one whose replacement closed
// the cycle: at the statement that created it.
func TestViewCycleUnknownTypeOfOther(t *testing.T) {
	src := "CREATE VIEW v AS SELECT 1 AS a;\n" +
		"CREATE VIEW w AS SELECT a, unnest(ARRAY[1, 2]) AS u FROM v;\n" +
		"CREATE OR REPLACE VIEW v AS SELECT w.a FROM w;\n"
	_, err := ParseSQL(Options{SkipUnsupported: true}, "o.sql", src)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("want an *Error, got %v", err)
	}
	if want := (Pos{File: "o.sql", Line: 2, Col: 1}); e.Pos != want {
		t.Errorf("position = %v, want %v", e.Pos, want)
	}
	if s := "column u of view public.w cannot be inferred"; !strings.Contains(e.Msg, s) {
		t.Errorf("message %q does not say %q", e.Msg, s)
	}
}
