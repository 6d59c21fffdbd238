package ddl_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

var updateRender = flag.Bool("update-render", false, "rewrite the golden scripts in testdata/render")

// TestRenderGolden renders every model in testdata/render/*.json (canonical
// JSON, as strata inspect prints it) and compares the script with the
// golden file beside it (same name, .sql). With -update-render the golden
// files are rewritten. Each script must also run without error on a fresh
// database.
func TestRenderGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "render", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no models in testdata/render")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			db := readModel(t, file)
			got := ddl.Render(db)
			golden := strings.TrimSuffix(file, ".json") + ".sql"
			if *updateRender {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./ddl -run TestRenderGolden -update-render to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("Render(%s) differs from %s (-want +got):\n%s", file, golden, diff)
			}
			if again := ddl.Render(db); again != got {
				t.Errorf("Render is not deterministic")
			}
			pgdb := pgtest.NewDB(t)
			skipOlderServer(t, pgdb, db)
			pgtest.Exec(t, pgdb, got)
		})
	}
}

// readModel reads a model printed by schema.MarshalCanonical.
func readModel(t *testing.T, path string) *schema.Database {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	db, err := schema.UnmarshalCanonical(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return db
}

// featureMajor returns the oldest PostgreSQL major that can hold db: UNIQUE
// NULLS NOT DISTINCT and ON DELETE SET NULL (columns) came with 15, column
// compression with 14.
func featureMajor(db *schema.Database) int {
	major := 13
	for _, t := range db.Tables {
		for _, c := range t.Columns {
			if c.Compression != "" {
				major = max(major, 14)
			}
		}
		for _, c := range t.Constraints {
			if c.NullsNotDistinct || len(c.OnDeleteColumns) > 0 {
				major = max(major, 15)
			}
		}
		for _, i := range t.Indexes {
			if i.NullsNotDistinct {
				major = max(major, 15)
			}
		}
	}
	return major
}

// skipOlderServer skips the test when the server is older than
// featureMajor(model).
func skipOlderServer(t *testing.T, db *pgtest.DB, model *schema.Database) {
	t.Helper()
	var major int
	if err := db.Conn.QueryRow(context.Background(), "SELECT current_setting('server_version_num')::int / 10000").Scan(&major); err != nil {
		t.Fatal(err)
	}
	if need := featureMajor(model); major < need {
		t.Skipf("the model needs PostgreSQL %d or later; the server is %d", need, major)
	}
}
