package plan_test

import (
	"strings"
	"testing"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/plan"
)

// TestGrantToMissingRole checks that a plan granting privileges to a role
// the server does not have (Options.Roles) fails to build with an error
// naming the role and the object, and that without Options.Roles the
// grant is planned as it is (PostgreSQL then names the role when the step
// runs).
func TestGrantToMissingRole(t *testing.T) {
	parse := func(sql string) *diff.Changes {
		res, err := ddl.ParseSQL(ddl.Options{}, "to.sql", sql)
		if err != nil {
			t.Fatal(err)
		}
		from, err := ddl.ParseSQL(ddl.Options{}, "from.sql", "CREATE TABLE t (id integer);")
		if err != nil {
			t.Fatal(err)
		}
		c := diff.Compare(from.DB, res.DB)
		return &c
	}
	sql := "CREATE TABLE t (id integer); GRANT SELECT ON t TO strata_nobody, postgres_app; GRANT SELECT ON t TO PUBLIC;"
	_, err := plan.Build(*parse(sql), plan.Options{Roles: []string{"postgres", "postgres_app"}})
	if err == nil {
		t.Fatal("plan.Build succeeded, want an error about role strata_nobody")
	}
	if msg := err.Error(); !strings.Contains(msg, "strata_nobody") || !strings.Contains(msg, "public.t") || strings.Contains(msg, "postgres_app") {
		t.Fatalf("plan.Build: %v; want an error naming role strata_nobody and table public.t only", err)
	}
	p, err := plan.Build(*parse(sql), plan.Options{})
	if err != nil {
		t.Fatalf("plan.Build without Options.Roles: %v", err)
	}
	if !strings.Contains(p.SQL(), "GRANT SELECT ON TABLE public.t TO strata_nobody;") {
		t.Fatalf("plan without Options.Roles lacks the grant:\n%s", p.SQL())
	}
}
