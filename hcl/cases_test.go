package hcl_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/hcl"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// casesDir is <repo>/testdata/hcl.
func casesDir(t *testing.T) string {
	_, self, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(self), "..", "testdata", "hcl")
}

// canonical reads HCL the way the command line does: parse, render as SQL,
// read back with ddl, so that expressions and types take canonical form.
func canonical(t *testing.T, opts hcl.Options, file string) *schema.Database {
	t.Helper()
	db, err := hcl.ParseFiles(opts, file)
	if err != nil {
		t.Fatalf("hcl.ParseFiles: %v", err)
	}
	res, err := ddl.ParseSQL(ddl.Options{}, file+" (as SQL)", ddl.Render(db))
	if err != nil {
		t.Fatalf("reading the rendered SQL back: %v\n%s", err, ddl.Render(db))
	}
	return res.DB
}

// varsOf reads the "# vars: a=b c=d" line of a case, if any.
func varsOf(t *testing.T, file string) map[string]string {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "# vars:"); ok {
			vars := map[string]string{}
			for _, kv := range strings.Fields(rest) {
				k, v, _ := strings.Cut(kv, "=")
				vars[k] = v
			}
			return vars
		}
	}
	return nil
}

func canonicalJSON(t *testing.T, db *schema.Database) string {
	t.Helper()
	b, err := schema.MarshalCanonical(db)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestValidCases reads every testdata/hcl/valid/<case>.hcl (written in the
// Atlas dialect by hand) and checks that
//   - its model equals the model ddl parses from <case>.sql, the same
//     schema written in SQL;
//   - planned from an empty database, applied and inspected back, the
//     database holds exactly that model;
//   - the model survives Write and Parse (and Write is a fixed point).
func TestValidCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(casesDir(t), "valid", "*.hcl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 30 {
		t.Fatalf("want at least 30 hand-written HCL cases, found %d", len(files))
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".hcl"), func(t *testing.T) {
			t.Parallel()
			want := canonical(t, hcl.Options{Vars: varsOf(t, file)}, file)
			sqlFile := strings.TrimSuffix(file, ".hcl") + ".sql"
			fromSQL, err := ddl.Parse(sqlFile)
			if err != nil {
				t.Fatalf("ddl.Parse of the SQL twin: %v", err)
			}
			if d := cmp.Diff(canonicalJSON(t, fromSQL), canonicalJSON(t, want)); d != "" {
				t.Fatalf("the HCL declares another schema than %s (-sql +hcl):\n%s", filepath.Base(sqlFile), d)
			}
			applyAndCompare(t, want)
			checkRoundTrip(t, want)
		})
	}
}

// applyAndCompare plans want from an empty database, runs the plan on a
// fresh one and requires that inspecting it gives want back.
func applyAndCompare(t *testing.T, want *schema.Database) {
	t.Helper()
	db := pgtest.NewDB(t)
	ctx := context.Background()
	empty, err := inspect.Live(ctx, db.Conn, inspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Build(diff.Compare(empty, want), plan.Options{})
	if err != nil {
		t.Fatalf("plan.Build: %v", err)
	}
	var steps []string
	var tx []bool
	for _, s := range p.Steps {
		steps = append(steps, s.SQL)
		tx = append(tx, s.Transactional)
	}
	pgtest.ExecPlanSteps(t, db, steps, tx)
	got, err := inspect.Live(ctx, db.Conn, inspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(canonicalJSON(t, want), canonicalJSON(t, got)); d != "" {
		t.Fatalf("database after applying the plan differs (-hcl +database):\n%s", d)
	}
}

// TestDocsExample keeps the complete example of docs/hcl.md honest: it
// parses, applies to a real database and reads back the same.
func TestDocsExample(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(casesDir(t), "..", "..", "docs", "hcl.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "## A complete example")
	if !ok {
		t.Fatal("docs/hcl.md has no \"## A complete example\" section")
	}
	_, rest, ok = strings.Cut(rest, "```hcl\n")
	example, _, ok2 := strings.Cut(rest, "```\n")
	if !ok || !ok2 {
		t.Fatal("docs/hcl.md: no hcl code block in the example section")
	}
	file := filepath.Join(t.TempDir(), "example.hcl")
	if err := os.WriteFile(file, []byte(example), 0o600); err != nil {
		t.Fatal(err)
	}
	want := canonical(t, hcl.Options{}, file)
	if len(want.Tables) != 3 || len(want.Triggers) != 1 || len(want.Policies) != 1 {
		t.Fatalf("the example declares %d tables, %d triggers, %d policies; want 3, 1, 1",
			len(want.Tables), len(want.Triggers), len(want.Policies))
	}
	applyAndCompare(t, want)
	checkRoundTrip(t, want)
}

// TestInvalidCases reads every testdata/hcl/invalid/<case>.hcl and
// requires exactly the diagnostics in <case>.err.
func TestInvalidCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(casesDir(t), "invalid", "*.hcl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no invalid cases")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".hcl"), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			wantErr, err := os.ReadFile(strings.TrimSuffix(file, ".hcl") + ".err")
			if err != nil {
				t.Fatal(err)
			}
			_, err = hcl.ParseSources(hcl.Options{Vars: varsOf(t, file)}, hcl.File{Name: filepath.Base(file), Src: src})
			var list hcl.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("want an hcl.ErrorList, got %v", err)
			}
			if d := cmp.Diff(strings.TrimSpace(string(wantErr)), list.Error()); d != "" {
				t.Fatalf("diagnostics (-want +got):\n%s", d)
			}
		})
	}
}
