package plan_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

var update = flag.Bool("update", false, "rewrite the golden plan.sql and plan.json files")

// parseFile builds the model of an SQL file offline.
func parseFile(t *testing.T, path string) *schema.Database {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ddl.ParseSQL(ddl.Options{}, path, string(src))
	if err != nil {
		t.Fatal(err)
	}
	return res.DB
}

// TestGolden plans every testdata/golden/<case> from old.sql to new.sql
// and compares the SQL and JSON forms with plan.sql and plan.json.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "golden", "*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no golden cases in testdata/golden")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			from := parseFile(t, filepath.Join(dir, "old.sql"))
			to := parseFile(t, filepath.Join(dir, "new.sql"))
			p, err := plan.Build(diff.Compare(from, to), plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var js bytes.Buffer
			enc := json.NewEncoder(&js)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(p); err != nil {
				t.Fatal(err)
			}
			check(t, filepath.Join(dir, "plan.sql"), []byte(p.SQL()))
			check(t, filepath.Join(dir, "plan.json"), js.Bytes())
		})
	}
}

func check(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./plan -run TestGolden -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

// TestIdentityPlanEmpty checks that planning every round-trip schema
// against itself gives no step.
func TestIdentityPlanEmpty(t *testing.T) {
	for _, path := range pgtest.RoundTripFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			res, err := ddl.ParseSQL(ddl.Options{SkipUnsupported: true}, path, string(src))
			if err != nil {
				t.Skipf("not parsed offline: %v", err)
			}
			res2, err := ddl.ParseSQL(ddl.Options{SkipUnsupported: true}, path, string(src))
			if err != nil {
				t.Fatal(err)
			}
			changes := diff.Compare(res.DB, res2.DB)
			if !changes.Empty() {
				t.Fatalf("changes between a schema and itself: %v", changes.List)
			}
			p, err := plan.Build(changes, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Steps) != 0 {
				t.Fatalf("plan of a schema to itself:\n%s", p.SQL())
			}
		})
	}
}
