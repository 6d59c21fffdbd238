package plan_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// migrationsDir holds the convergence cases: one directory per change
// topic, each with old.sql and new.sql.
var migrationsDir = filepath.Join("..", "testdata", "migrations")

// TestConvergence is the plan's central invariant. For every case in
// testdata/migrations/<case>/{old,new}.sql and in both directions
// (<case>/forward: old to new, <case>/backward: new to old), a database
// built from the source file, inspected, diffed against ddl.Parse of the
// target file, planned, and migrated by executing the plan must end up
// equal to ddl.Parse(target) and to inspect.Live of a fresh database built
// from the target; planning again must then give no step. A failure prints
// the plan and the remaining differences.
func TestConvergence(t *testing.T) {
	runCases(t, migrationCases(t), plan.Options{})
}

// TestConvergenceConcurrently runs the index cases (those named index_*)
// again with Options.Concurrently, so that plans with steps that must run
// outside a transaction (CREATE and DROP INDEX CONCURRENTLY) are executed
// and checked the same way.
func TestConvergenceConcurrently(t *testing.T) {
	var cases []string
	for _, name := range migrationCases(t) {
		if strings.HasPrefix(name, "index_") {
			cases = append(cases, name)
		}
	}
	if len(cases) == 0 {
		t.Fatalf("no index_* cases in %s", migrationsDir)
	}
	runCases(t, cases, plan.Options{Concurrently: true})
}

// migrationCases returns the names of the cases in migrationsDir, sorted.
func migrationCases(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(migrationsDir)
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
		t.Fatalf("no cases in %s", migrationsDir)
	}
	return cases
}

// runCases runs each case in both directions, in parallel, planning with
// opts.
func runCases(t *testing.T, cases []string, opts plan.Options) {
	for _, name := range cases {
		oldFile := filepath.Join(migrationsDir, name, "old.sql")
		newFile := filepath.Join(migrationsDir, name, "new.sql")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			pending := readPending(t, filepath.Join(migrationsDir, name))
			refused := readDirections(t, filepath.Join(migrationsDir, name), refusedFile)
			t.Run("forward", func(t *testing.T) {
				t.Parallel()
				if object, ok := refused["forward"]; ok {
					expectRefusal(t, oldFile, newFile, opts, object)
					return
				}
				convergeOrPending(t, oldFile, newFile, opts, pending["forward"])
			})
			t.Run("backward", func(t *testing.T) {
				t.Parallel()
				if object, ok := refused["backward"]; ok {
					expectRefusal(t, newFile, oldFile, opts, object)
					return
				}
				convergeOrPending(t, newFile, oldFile, opts, pending["backward"])
			})
		})
	}
}

// converge migrates a database built from the SQL file src to the schema
// of the SQL file dst with a plan built with opts and checks the invariant
// of TestConvergence.
func converge(t testing.TB, src, dst string, opts plan.Options) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	pgtest.SkipUnlessSupported(t, db, src)
	pgtest.SkipUnlessSupported(t, db, dst)
	pgtest.ExecFile(t, db, src)

	from, err := inspect.Live(ctx, db.Conn, inspect.Options{})
	if err != nil {
		t.Fatalf("inspect.Live after %s: %v", src, err)
	}
	want, err := ddl.Parse(dst)
	if err != nil {
		t.Fatalf("ddl.Parse: %v", err)
	}
	changes := diff.Compare(from, want)
	if changes.Empty() {
		t.Fatalf("%s and %s describe the same schema: a case must change something", src, dst)
	}
	p, err := plan.Build(changes, opts)
	if err != nil {
		t.Fatalf("plan.Build: %v\nchanges:\n%s", err, changeLines(changes))
	}
	if p.From != schema.Fingerprint(from) || p.To != schema.Fingerprint(want) {
		t.Errorf("plan fingerprints from %s to %s, want from %s to %s", p.From, p.To, schema.Fingerprint(from), schema.Fingerprint(want))
	}
	if twice, err := plan.Build(diff.Compare(from, want), opts); err != nil {
		t.Errorf("plan.Build a second time: %v", err)
	} else if d := cmp.Diff(p.SQL(), twice.SQL()); d != "" {
		t.Errorf("planning the same change twice gives another plan (-first +second):\n%s", d)
	}
	sqls := make([]string, len(p.Steps))
	transactional := make([]bool, len(p.Steps))
	for i, s := range p.Steps {
		sqls[i], transactional[i] = s.SQL, s.Transactional
	}
	t.Logf("plan from %s to %s:\n%s", src, dst, p.SQL())
	pgtest.ExecPlanSteps(t, db, sqls, transactional)

	got, err := inspect.Live(ctx, db.Conn, inspect.Options{})
	if err != nil {
		t.Fatalf("inspect.Live after the plan: %v", err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("after the plan the database differs from ddl.Parse(%s) (-want +got):\n%s\nremaining changes:\n%s",
			dst, d, changeLines(diff.Compare(got, want)))
	}

	fresh := pgtest.NewDB(t)
	pgtest.ExecFile(t, fresh, dst)
	built, err := inspect.Live(ctx, fresh.Conn, inspect.Options{})
	if err != nil {
		t.Fatalf("inspect.Live of a fresh database built from %s: %v", dst, err)
	}
	if d := cmp.Diff(built, got); d != "" {
		t.Fatalf("after the plan the database differs from one built from %s (-built +migrated):\n%s", dst, d)
	}

	again, err := plan.Build(diff.Compare(got, want), opts)
	if err != nil {
		t.Fatalf("plan.Build after applying the plan: %v", err)
	}
	if len(again.Steps) != 0 {
		t.Fatalf("planning again after the plan is not empty:\n%s", again.SQL())
	}
	if again.From != again.To || again.To != schema.Fingerprint(want) {
		t.Fatalf("after the plan the fingerprints differ: from %s, to %s, target %s", again.From, again.To, schema.Fingerprint(want))
	}
}

// changeLines prints changes one per line, for failure messages.
func changeLines(c diff.Changes) string {
	if c.Empty() {
		return "    (none)"
	}
	lines := make([]string, len(c.List))
	for i, ch := range c.List {
		lines[i] = "    " + ch.String()
	}
	return strings.Join(lines, "\n")
}

// pendingFile, in a case directory, lists directions of the case that do
// not converge yet, one a line, as "forward: reason" or "backward: reason".
// A pending direction still runs: it is reported as skipped with its reason
// while it fails, and fails the test as soon as it converges, so that the
// file never outlives the problem it names.
const pendingFile = "pending"

// refusedFile, in a case directory, lists directions that plan.Build must
// refuse, one a line, as "forward: object" or "backward: object": Build
// must return a *plan.RefusedError about that object (qualified name).
const refusedFile = "refused"

// expectRefusal checks that planning from a database built from src to
// the schema of dst fails with a *plan.RefusedError about object.
func expectRefusal(t *testing.T, src, dst string, opts plan.Options, object string) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	pgtest.SkipUnlessSupported(t, db, src)
	pgtest.SkipUnlessSupported(t, db, dst)
	pgtest.ExecFile(t, db, src)
	from, err := inspect.Live(ctx, db.Conn, inspect.Options{})
	if err != nil {
		t.Fatalf("inspect.Live after %s: %v", src, err)
	}
	want, err := ddl.Parse(dst)
	if err != nil {
		t.Fatalf("ddl.Parse: %v", err)
	}
	changes := diff.Compare(from, want)
	p, err := plan.Build(changes, opts)
	if err == nil {
		t.Fatalf("plan.Build succeeded, want a refusal about %s (listed in %s):\n%s", object, refusedFile, p.SQL())
	}
	var refusal *plan.RefusedError
	if !errors.As(err, &refusal) {
		t.Fatalf("plan.Build: %v; want a *plan.RefusedError about %s", err, object)
	}
	if refusal.Object != object {
		t.Fatalf("plan.Build refused %s, want a refusal about %s: %v", refusal.Object, object, err)
	}
	t.Logf("refused as expected: %v", err)
}

// readPending reads the pending directions of the case in dir.
func readPending(t *testing.T, dir string) map[string]string {
	return readDirections(t, dir, pendingFile)
}

// readDirections reads a file of "direction: text" lines in dir.
func readDirections(t *testing.T, dir, name string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for i, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		direction, reason, ok := strings.Cut(line, ":")
		if direction = strings.TrimSpace(direction); !ok || (direction != "forward" && direction != "backward") || strings.TrimSpace(reason) == "" {
			t.Fatalf("%s/%s:%d: want \"forward: text\" or \"backward: text\"", dir, name, i+1)
		}
		out[direction] = strings.TrimSpace(reason)
	}
	return out
}

// convergeOrPending runs converge, or, for a pending direction (reason not
// empty), runs it expecting a failure.
func convergeOrPending(t *testing.T, src, dst string, opts plan.Options, reason string) {
	if reason == "" {
		converge(t, src, dst, opts)
		return
	}
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		converge(r, src, dst, opts)
	}()
	<-done
	switch {
	case r.skipped:
		t.Skip(r.first())
	case !r.failed:
		t.Fatalf("marked pending (%s) but converges now: remove the line from %s", reason, pendingFile)
	default:
		t.Skipf("pending: %s; it still fails: %s", reason, r.first())
	}
}

// recorder is a testing.TB that records failures and skips instead of
// reporting them; Fatal and Skip end the goroutine that runs the check.
type recorder struct {
	testing.TB
	mu              sync.Mutex
	failed, skipped bool
	msgs            []string
}

func (r *recorder) note(fail bool, msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if fail {
		r.failed = true
	} else {
		r.skipped = true
	}
	r.msgs = append(r.msgs, msg)
}

// first returns the first recorded message, up to its first line break.
func (r *recorder) first() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.msgs) == 0 {
		return ""
	}
	line, _, _ := strings.Cut(r.msgs[0], "\n")
	return line
}

func (r *recorder) Error(args ...any)                 { r.note(true, fmt.Sprint(args...)) }
func (r *recorder) Errorf(format string, args ...any) { r.note(true, fmt.Sprintf(format, args...)) }
func (r *recorder) Fail()                             { r.note(true, "failed") }
func (r *recorder) Failed() bool                      { r.mu.Lock(); defer r.mu.Unlock(); return r.failed }
func (r *recorder) FailNow()                          { r.Fail(); runtime.Goexit() }
func (r *recorder) Fatal(args ...any)                 { r.Error(args...); runtime.Goexit() }
func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...); runtime.Goexit() }
func (r *recorder) Skip(args ...any)                  { r.note(false, fmt.Sprint(args...)); runtime.Goexit() }
func (r *recorder) Skipf(format string, args ...any) {
	r.note(false, fmt.Sprintf(format, args...))
	runtime.Goexit()
}
func (r *recorder) SkipNow()      { r.Skip("skipped") }
func (r *recorder) Skipped() bool { r.mu.Lock(); defer r.mu.Unlock(); return r.skipped }
