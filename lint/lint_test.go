package lint_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/lint"
	"github.com/stratadb/strata/lint/pgdata"
	"github.com/stratadb/strata/plan"
)

var update = flag.Bool("update", false, "rewrite the expect files of testdata/lint")

// casesDir holds the lint cases: one directory per case with old.sql,
// new.sql and expect; optionally data.sql (rows for the data-aware
// variant) and queries.sql (statements of the old application that must
// still run after the expand phase).
var casesDir = filepath.Join("..", "testdata", "lint")

// expectation is one line of an expect file:
//
//	forward MAJOR fc=no BC402 DS103 allowed:DS103
//	backward MINOR fc=no
//	data DD202=error LK306=warning
//
// forward and backward give the class, the forward compatibility and the
// codes (each once, sorted) of the plan old -> new and new -> old, parsed
// from the files; allowed:CODE says a finding of CODE is acknowledged.
// data gives code=severity pairs of the forward plan from a database
// holding old.sql and data.sql, after the data-aware checks.
type expectation struct {
	class   string
	fc      string
	codes   []string
	allowed []string
	data    []string
}

func readExpect(t *testing.T, path string) map[string]expectation {
	t.Helper()
	out := map[string]expectation{}
	data, err := os.ReadFile(path)
	if err != nil {
		if *update && os.IsNotExist(err) {
			return out
		}
		t.Fatal(err)
	}
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		var e expectation
		switch f[0] {
		case "forward", "backward":
			if len(f) < 3 {
				t.Fatalf("%s:%d: want DIRECTION CLASS fc=yes|no CODES...", path, n+1)
			}
			e.class, e.fc = f[1], strings.TrimPrefix(f[2], "fc=")
			for _, c := range f[3:] {
				if a, ok := strings.CutPrefix(c, "allowed:"); ok {
					e.allowed = append(e.allowed, a)
				} else {
					e.codes = append(e.codes, c)
				}
			}
		case "data":
			e.data = f[1:]
		default:
			t.Fatalf("%s:%d: unknown direction %q", path, n+1, f[0])
		}
		out[f[0]] = e
	}
	return out
}

func (e expectation) line(dir string) string {
	if dir == "data" {
		return strings.TrimSpace("data " + strings.Join(e.data, " "))
	}
	parts := append([]string{dir, e.class, "fc=" + e.fc}, e.codes...)
	for _, a := range e.allowed {
		parts = append(parts, "allowed:"+a)
	}
	return strings.Join(parts, " ")
}

// observe summarizes a report like an expect line.
func observe(r lint.Report) expectation {
	e := expectation{class: r.Class.String(), fc: map[bool]string{true: "yes", false: "no"}[r.ForwardCompatible]}
	for _, f := range r.Findings {
		if !slices.Contains(e.codes, f.Code) {
			e.codes = append(e.codes, f.Code)
		}
		if f.Allowed != "" && !slices.Contains(e.allowed, f.Code) {
			e.allowed = append(e.allowed, f.Code)
		}
	}
	slices.Sort(e.codes)
	slices.Sort(e.allowed)
	return e
}

func lintCases(t *testing.T) []string {
	entries, err := os.ReadDir(casesDir)
	if err != nil {
		t.Fatal(err)
	}
	var cases []string
	for _, e := range entries {
		if e.IsDir() {
			cases = append(cases, e.Name())
		}
	}
	if len(cases) == 0 {
		t.Fatalf("no cases in %s", casesDir)
	}
	return cases
}

// options returns the lint options of a case: the allowances of the
// target file.
func options(t testing.TB, target string) lint.Options {
	allows, err := ddl.Allowances(target)
	if err != nil {
		t.Fatalf("ddl.Allowances(%s): %v", target, err)
	}
	var opts lint.Options
	for _, a := range allows {
		opts.Allow = append(opts.Allow, lint.Allowance{Code: a.Code, Object: a.Object, Reason: a.Reason})
	}
	return opts
}

func parsePlan(t testing.TB, src, dst string) *plan.Plan {
	t.Helper()
	a, err := ddl.Parse(src)
	if err != nil {
		t.Fatalf("ddl.Parse(%s): %v", src, err)
	}
	b, err := ddl.Parse(dst)
	if err != nil {
		t.Fatalf("ddl.Parse(%s): %v", dst, err)
	}
	p, err := plan.Build(diff.Compare(a, b), plan.Options{})
	if err != nil {
		t.Fatalf("plan.Build: %v", err)
	}
	return p
}

// TestCases checks every case of testdata/lint in both directions against
// its expect file, on plans built from the parsed files (no database).
func TestCases(t *testing.T) {
	for _, name := range lintCases(t) {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(casesDir, name)
			oldFile, newFile := filepath.Join(dir, "old.sql"), filepath.Join(dir, "new.sql")
			want := readExpect(t, filepath.Join(dir, "expect"))
			got := map[string]expectation{}
			for _, d := range []struct{ name, src, dst string }{{"forward", oldFile, newFile}, {"backward", newFile, oldFile}} {
				p := parsePlan(t, d.src, d.dst)
				r := lint.Check(p, options(t, d.dst))
				got[d.name] = observe(r)
				if !*update {
					if diff := cmp.Diff(want[d.name].line(d.name), got[d.name].line(d.name)); diff != "" {
						t.Errorf("%s (-want +got):\n%s\nfindings:\n%s", d.name, diff, lint.Text(p, r))
					}
				}
			}
			if *update {
				writeExpect(t, dir, want, got)
			}
		})
	}
}

func writeExpect(t *testing.T, dir string, want, got map[string]expectation) {
	var b strings.Builder
	fmt.Fprintln(&b, got["forward"].line("forward"))
	fmt.Fprintln(&b, got["backward"].line("backward"))
	if e, ok := got["data"]; ok {
		fmt.Fprintln(&b, e.line("data"))
	} else if e, ok := want["data"]; ok {
		fmt.Fprintln(&b, e.line("data"))
	}
	if err := os.WriteFile(filepath.Join(dir, "expect"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestData runs the data-aware variant of the cases that have a data.sql:
// a database holds old.sql and data.sql, the plan to new.sql is linted and
// probed (lint/pgdata), and the severities named on the expect file's data
// line must match. The database must be left unchanged (the probe never
// writes).
func TestData(t *testing.T) {
	for _, name := range lintCases(t) {
		dir := filepath.Join(casesDir, name)
		dataFile := filepath.Join(dir, "data.sql")
		if _, err := os.Stat(dataFile); err != nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			db := pgtest.NewDB(t)
			pgtest.ExecFile(t, db, filepath.Join(dir, "old.sql"))
			pgtest.ExecFile(t, db, dataFile)
			from, err := inspect.Live(ctx, db.Conn, inspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			newFile := filepath.Join(dir, "new.sql")
			to, err := ddl.Parse(newFile)
			if err != nil {
				t.Fatal(err)
			}
			p, err := plan.Build(diff.Compare(from, to), plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			r := lint.Check(p, options(t, newFile))
			if err := r.Probe(ctx, pgdata.New(db.Conn, 0)); err != nil {
				t.Fatalf("Probe: %v", err)
			}
			var got []string
			for _, f := range r.Findings {
				got = append(got, f.Code+"="+f.Severity)
			}
			slices.Sort(got)
			got = slices.Compact(got)
			if *update {
				return // the data line is written by hand: it names what matters
			}
			want := readExpect(t, filepath.Join(dir, "expect"))["data"].data
			for _, w := range want {
				if !slices.Contains(got, w) {
					t.Errorf("data: want %s, got %v\nfindings:\n%s", w, got, lint.Text(p, r))
				}
			}
			after, err := inspect.Live(ctx, db.Conn, inspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !diff.Compare(from, after).Empty() {
				t.Errorf("probing changed the database")
			}
		})
	}
}

// TestOldQueriesAfterExpand runs, for the cases with a queries.sql, the
// expand phase of the forward plan on a database holding old.sql (and
// data.sql), then every statement of queries.sql (what the previous
// application version runs: they must all still work), then the contract
// phase; the database must end equal to new.sql.
func TestOldQueriesAfterExpand(t *testing.T) {
	for _, name := range lintCases(t) {
		dir := filepath.Join(casesDir, name)
		queries := filepath.Join(dir, "queries.sql")
		if _, err := os.Stat(queries); err != nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			db := pgtest.NewDB(t)
			pgtest.ExecFile(t, db, filepath.Join(dir, "old.sql"))
			if _, err := os.Stat(filepath.Join(dir, "data.sql")); err == nil {
				pgtest.ExecFile(t, db, filepath.Join(dir, "data.sql"))
			}
			from, err := inspect.Live(ctx, db.Conn, inspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			newFile := filepath.Join(dir, "new.sql")
			to, err := ddl.Parse(newFile)
			if err != nil {
				t.Fatal(err)
			}
			p, err := plan.Build(diff.Compare(from, to), plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			r := lint.Check(p, lint.Options{})
			expand, _ := lint.Split(p, r, lint.Expand)
			contract, _ := lint.Split(p, r, lint.Contract)
			execSteps(t, db, expand)
			stmts, err := ddl.SplitFiles(queries)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range stmts {
				if _, err := db.Conn.Exec(ctx, s.SQL); err != nil {
					t.Errorf("after the expand phase, the old application's %s fails: %v\nexpand:\n%s", s.SQL, err, expand.SQL())
				}
			}
			execSteps(t, db, contract)
			got, err := inspect.Live(ctx, db.Conn, inspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if c := diff.Compare(got, to); !c.Empty() {
				t.Errorf("expand then contract does not reach new.sql: %v", c.List)
			}
		})
	}
}

func execSteps(t *testing.T, db *pgtest.DB, p *plan.Plan) {
	t.Helper()
	sqls := make([]string, len(p.Steps))
	tx := make([]bool, len(p.Steps))
	for i, s := range p.Steps {
		sqls[i], tx[i] = s.SQL, s.Transactional
	}
	pgtest.ExecPlanSteps(t, db, sqls, tx)
}
