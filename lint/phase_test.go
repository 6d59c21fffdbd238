package lint_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/lint"
	"github.com/stratadb/strata/plan"
)

var migrationsDir = filepath.Join("..", "testdata", "migrations")

// TestPhaseConvergence runs every case of testdata/migrations in both
// directions (except those listed in the case's pending or refused file):
// a database built from the source file is migrated by the expand phase,
// then the contract phase of the plan, and must end equal to ddl.Parse of
// the target file, as with the whole plan (plan.TestConvergence). Cases
// whose phases keep the plan's order are the whole plan again and are
// skipped.
func TestPhaseConvergence(t *testing.T) {
	entries, err := os.ReadDir(migrationsDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(migrationsDir, e.Name())
		skip := directions(t, dir, "pending") + directions(t, dir, "refused")
		oldFile, newFile := filepath.Join(dir, "old.sql"), filepath.Join(dir, "new.sql")
		t.Run(e.Name(), func(t *testing.T) {
			t.Parallel()
			for _, d := range []struct{ name, src, dst string }{{"forward", oldFile, newFile}, {"backward", newFile, oldFile}} {
				t.Run(d.name, func(t *testing.T) {
					if strings.Contains(skip, d.name) {
						t.Skip("pending or refused for the whole plan")
					}
					convergeInPhases(t, d.src, d.dst)
				})
			}
		})
	}
}

// directions returns the directions listed in dir/name ("forward: ...").
func directions(t *testing.T, dir, name string) string {
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return ""
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if d, _, ok := strings.Cut(strings.TrimSpace(line), ":"); ok && !strings.HasPrefix(d, "#") {
			out = append(out, d)
		}
	}
	return strings.Join(out, " ")
}

func convergeInPhases(t *testing.T, src, dst string) {
	want, err := ddl.Parse(dst)
	if err != nil {
		t.Fatal(err)
	}
	// Decide from the parsed source whether the phases reorder anything,
	// before creating a database.
	if a, err := ddl.Parse(src); err == nil {
		if p, err := plan.Build(diff.Compare(a, want), plan.Options{}); err == nil && !reorders(p) {
			t.Skip("the phases keep the plan order")
		}
	}
	want, _ = ddl.Parse(dst)
	ctx := context.Background()
	db := pgtest.NewDB(t)
	pgtest.SkipUnlessSupported(t, db, src)
	pgtest.SkipUnlessSupported(t, db, dst)
	pgtest.ExecFile(t, db, src)
	from, err := inspect.Live(ctx, db.Conn, inspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Build(diff.Compare(from, want), plan.Options{})
	if err != nil {
		t.Skipf("plan.Build: %v (TestConvergence covers it)", err)
	}
	r := lint.Check(p, lint.Options{})
	expand, _ := lint.Split(p, r, lint.Expand)
	contract, _ := lint.Split(p, r, lint.Contract)
	if len(expand.Steps)+len(contract.Steps) != len(p.Steps) {
		t.Fatalf("the phases have %d + %d steps, the plan %d", len(expand.Steps), len(contract.Steps), len(p.Steps))
	}
	t.Logf("expand:\n%s\ncontract:\n%s", expand.SQL(), contract.SQL())
	execSteps(t, db, expand)
	execSteps(t, db, contract)
	got, err := inspect.Live(ctx, db.Conn, inspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := diff.Compare(got, want); !c.Empty() {
		t.Fatalf("expand then contract does not reach %s; remaining: %v", dst, c.List)
	}
}

// reorders reports whether running the expand steps, then the contract
// steps, differs from the plan's order.
func reorders(p *plan.Plan) bool {
	phases := lint.Phases(p, lint.Check(p, lint.Options{}))
	first := slices.Index(phases, lint.Contract)
	return first >= 0 && slices.Contains(phases[first:], lint.Expand)
}
