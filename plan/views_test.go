package plan_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// TestSelfViewWithoutTypes checks that a view that selects from itself,
// in a model that lacks its column types (as a hand-made model may), is
// refused with a *plan.RefusedError about the view, not planned as SQL
// that PostgreSQL would reject.
func TestSelfViewWithoutTypes(t *testing.T) {
	res, err := ddl.ParseSQL(ddl.Options{}, "t.sql", "CREATE TABLE t (id integer);\n")
	if err != nil {
		t.Fatal(err)
	}
	from := res.DB
	res, err = ddl.ParseSQL(ddl.Options{}, "t.sql", "CREATE TABLE t (id integer);\n")
	if err != nil {
		t.Fatal(err)
	}
	to := res.DB
	to.Views = append(to.Views, &schema.View{Schema: "public", Name: "v",
		Columns: []*schema.ViewColumn{{Name: "id"}}, Query: "SELECT v.id AS id FROM public.v"})
	_, err = plan.Build(diff.Compare(from, to), plan.Options{})
	var refusal *plan.RefusedError
	if !errors.As(err, &refusal) {
		t.Fatalf("plan.Build: %v; want a *plan.RefusedError", err)
	}
	if refusal.Object != "public.v" {
		t.Errorf("refused %s, want public.v: %v", refusal.Object, err)
	}
}

// TestCycleViewWithoutTypes checks that views that select from each
// other, in a model that lacks their column types, are refused with a
// *plan.RefusedError about one of them, not planned as SQL that
// PostgreSQL would reject.
func TestCycleViewWithoutTypes(t *testing.T) {
	res, err := ddl.ParseSQL(ddl.Options{}, "t.sql", "CREATE TABLE t (id integer);\n")
	if err != nil {
		t.Fatal(err)
	}
	from := res.DB
	res, err = ddl.ParseSQL(ddl.Options{}, "t.sql", "CREATE TABLE t (id integer);\n")
	if err != nil {
		t.Fatal(err)
	}
	to := res.DB
	to.Views = append(to.Views,
		&schema.View{Schema: "public", Name: "v", Columns: []*schema.ViewColumn{{Name: "id"}}, Query: "SELECT w.id AS id FROM public.w"},
		&schema.View{Schema: "public", Name: "w", Columns: []*schema.ViewColumn{{Name: "id"}}, Query: "SELECT v.id AS id FROM public.v"})
	_, err = plan.Build(diff.Compare(from, to), plan.Options{})
	var refusal *plan.RefusedError
	if !errors.As(err, &refusal) {
		t.Fatalf("plan.Build: %v; want a *plan.RefusedError", err)
	}
	if refusal.Object != "public.v" && refusal.Object != "public.w" {
		t.Errorf("refused %s, want public.v or public.w: %v", refusal.Object, err)
	}
	if !strings.Contains(err.Error(), "public.v, public.w") {
		t.Errorf("refusal %q does not name the cycle", err)
	}
}
