package plan_test

import (
	"strings"
	"testing"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/plan"
)

// TestDefaultPrivilegesMissingRole checks that a plan that changes default
// privileges for a role (FOR ROLE) or to a grantee the server does not
// have fails to build with an error naming the role and the entry, and
// that the steps of an entry run after the objects the plan creates.
func TestDefaultPrivilegesMissingRole(t *testing.T) {
	changes := func(sql string) diff.Changes {
		from, err := ddl.ParseSQL(ddl.Options{}, "from.sql", "CREATE SCHEMA app;")
		if err != nil {
			t.Fatal(err)
		}
		to, err := ddl.ParseSQL(ddl.Options{}, "to.sql", sql)
		if err != nil {
			t.Fatal(err)
		}
		return diff.Compare(from.DB, to.DB)
	}
	for _, tc := range []struct{ sql, role string }{
		{"CREATE SCHEMA app; ALTER DEFAULT PRIVILEGES FOR ROLE strata_ghost GRANT SELECT ON TABLES TO PUBLIC;", "strata_ghost"},
		{"CREATE SCHEMA app; ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO strata_ghost;", "strata_ghost"},
	} {
		_, err := plan.Build(changes(tc.sql), plan.Options{Roles: []string{"postgres"}})
		if err == nil {
			t.Fatalf("plan.Build(%q) succeeded, want an error about role %s", tc.sql, tc.role)
		}
		if msg := err.Error(); !strings.Contains(msg, tc.role) || !strings.Contains(msg, "default privileges") {
			t.Errorf("plan.Build(%q): %v; want an error naming role %s and the default privileges", tc.sql, err, tc.role)
		}
	}
	sql := "CREATE SCHEMA app; ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO strata_reader;" +
		" CREATE TABLE app.t (id integer);"
	p, err := plan.Build(changes(sql), plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, s := range p.Steps {
		kinds = append(kinds, s.Kind)
	}
	if len(kinds) < 2 || kinds[len(kinds)-1] != "alter default privileges" {
		t.Fatalf("steps %v: want the default privileges last\n%s", kinds, p.SQL())
	}
	want := "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO strata_reader;"
	if !strings.Contains(p.SQL(), want) || !strings.Contains(p.SQL(), "GRANT SELECT ON TABLE app.t TO strata_reader;") {
		t.Fatalf("plan lacks %q or the table's own grant:\n%s", want, p.SQL())
	}
}
