package apply_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/apply"
	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

var updateKept = flag.Bool("update-kept", false, "rewrite testdata/compatible/*/kept.txt with what Compatible explains")

// TestCompatible runs every case under testdata/compatible: a directory
// with recorded.sql (the model an older release recorded), live.sql (the
// database now), target.sql (what a compatible rollback must reach) and
// kept.txt (Compatible's explanations, one per line).
func TestCompatible(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "compatible", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no cases under testdata/compatible (%v)", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			recorded := compatParse(t, filepath.Join(dir, "recorded.sql"))
			live := compatParse(t, filepath.Join(dir, "live.sql"))
			want := compatParse(t, filepath.Join(dir, "target.sql"))
			liveBefore, recordedBefore := compatEncode(t, live), compatEncode(t, recorded)

			got, kept := apply.Compatible(live, recorded)

			if d := cmp.Diff(compatCanonical(t, want), compatCanonical(t, got)); d != "" {
				t.Errorf("target (-want +got):\n%s", d)
			}
			if compatEncode(t, live) != liveBefore || compatEncode(t, recorded) != recordedBefore {
				t.Error("Compatible modified its arguments")
			}
			keptFile := filepath.Join(dir, "kept.txt")
			text := strings.Join(kept, "\n")
			if text != "" {
				text += "\n"
			}
			if *updateKept {
				if err := os.WriteFile(keptFile, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			wantKept, err := os.ReadFile(keptFile)
			if err != nil {
				t.Fatalf("%v (run with -update-kept to create it, then read it)", err)
			}
			if d := cmp.Diff(string(wantKept), text); d != "" {
				t.Errorf("kept (-want +got):\n%s", d)
			}

			// The target tolerates itself: a second compatible rollback
			// from it to the same recorded model changes nothing.
			again, _ := apply.Compatible(got, recorded)
			if d := cmp.Diff(compatCanonical(t, got), compatCanonical(t, again)); d != "" {
				t.Errorf("Compatible(target, recorded) is not the target (-target +again):\n%s", d)
			}
			// Without anything new, the target is the recorded model.
			self, selfKept := apply.Compatible(recorded, recorded)
			if d := cmp.Diff(compatCanonical(t, recorded), compatCanonical(t, self)); d != "" || len(selfKept) != 0 {
				t.Errorf("Compatible(recorded, recorded) kept %q; (-recorded +got):\n%s", selfKept, d)
			}
		})
	}
}

// TestCompatibleConverges applies every case's live.sql to a real
// database, plans from it to the target Compatible computes against the
// inspected live schema, runs the plan and checks that the database then
// has exactly that target: a compatible rollback is always plannable and
// converges.
func TestCompatibleConverges(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "compatible", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no cases under testdata/compatible (%v)", err)
	}
	ctx := context.Background()
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			db := pgtest.NewDB(t)
			pgtest.ExecFile(t, db, filepath.Join(dir, "live.sql"))
			live, err := inspect.Live(ctx, db.Conn, inspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			target, _ := apply.Compatible(live, compatParse(t, filepath.Join(dir, "recorded.sql")))
			p, err := plan.Build(diff.Compare(live, target), plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var steps []string
			var tx []bool
			for _, s := range p.Steps {
				steps = append(steps, s.SQL)
				tx = append(tx, s.Transactional)
			}
			pgtest.ExecPlanSteps(t, db, steps, tx)
			after, err := inspect.Live(ctx, db.Conn, inspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(compatCanonical(t, target), compatCanonical(t, after)); d != "" {
				t.Errorf("database after the plan (-target +got):\n%s", d)
			}
		})
	}
}

// TestCompatibleNil checks that nil models are read as empty ones.
func TestCompatibleNil(t *testing.T) {
	live := compatParse(t, filepath.Join("testdata", "compatible", "new_table", "live.sql"))
	got, kept := apply.Compatible(live, nil)
	if d := cmp.Diff(compatCanonical(t, live), compatCanonical(t, got)); d != "" {
		t.Errorf("Compatible(live, nil) (-live +got):\n%s", d)
	}
	if len(kept) == 0 {
		t.Error("Compatible(live, nil) explains nothing it kept")
	}
	empty, kept := apply.Compatible(nil, nil)
	if d := cmp.Diff(compatCanonical(t, &schema.Database{}), compatCanonical(t, empty)); d != "" || len(kept) != 0 {
		t.Errorf("Compatible(nil, nil) kept %q; (-empty +got):\n%s", kept, d)
	}
}

// compatParse parses the SQL file at path offline.
func compatParse(t *testing.T, path string) *schema.Database {
	t.Helper()
	db, err := ddl.Parse(path)
	if err != nil {
		t.Fatalf("parsing %s: %v", path, err)
	}
	return db
}

// compatCanonical returns the canonical JSON of a copy of db.
func compatCanonical(t *testing.T, db *schema.Database) string {
	t.Helper()
	c, err := schema.UnmarshalCanonical([]byte(compatEncode(t, db)))
	if err != nil {
		t.Fatal(err)
	}
	out, err := schema.MarshalCanonical(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// compatEncode returns the JSON of db as it is, without normalizing it.
func compatEncode(t *testing.T, db *schema.Database) string {
	t.Helper()
	out, err := json.Marshal(db)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
