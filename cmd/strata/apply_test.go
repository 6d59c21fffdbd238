package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/apply"
	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

func init() {
	// The txtar cases compare standard error byte for byte: elapsed times
	// and log timestamps are fixed in tests.
	showElapsed = func(time.Duration) string { return "1ms" }
	elapsedMS = func(time.Duration) float64 { return 1 }
	logClock = func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }
}

// buildStrata builds the strata binary into a temporary directory and
// returns its path.
func buildStrata(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to build strata for the process tests: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "strata")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// converged fails the test unless the database at conn has the schema of
// the SQL file path.
func converged(t *testing.T, conn *pgx.Conn, path string) {
	t.Helper()
	want, err := ddl.Parse(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := apply.Inspect(context.Background(), conn)
	if err != nil {
		t.Fatal(err)
	}
	if schema.Fingerprint(got) != schema.Fingerprint(want) {
		t.Fatalf("the database did not converge: %v", diff.Compare(got, want).List)
	}
}

// TestApplyProcesses runs strata apply as separate processes against one
// database: concurrent replicas, and a process killed between two
// non-transactional steps.
func TestApplyProcesses(t *testing.T) {
	bin := buildStrata(t)
	t.Run("concurrent", func(t *testing.T) { testConcurrentApplies(t, bin) })
	t.Run("killed", func(t *testing.T) { testKilledApply(t, bin) })
	t.Run("terminal", func(t *testing.T) { testTerminalConfirmation(t, bin) })
}

// testTerminalConfirmation runs strata apply on a pseudo-terminal (with
// util-linux script): only "yes" applies the plan.
func testTerminalConfirmation(t *testing.T, bin string) {
	script, err := exec.LookPath("script")
	if err != nil || runtime.GOOS != "linux" {
		t.Skip("needs util-linux script(1) to give strata a terminal")
	}
	db := pgtest.NewDB(t)
	file := filepath.Join(t.TempDir(), "schema.sql")
	writeTestFile(t, file, "CREATE TABLE t (a int);\n")
	for _, answer := range []string{"no", "yes"} {
		cmd := exec.Command(script, "-qec", "'"+bin+"' apply --url '"+db.URL+"' --to '"+file+"'", os.DevNull)
		cmd.Stdin = strings.NewReader(answer + "\n")
		out, err := cmd.CombinedOutput()
		if !strings.Contains(string(out), `Apply these 1 step(s) to the database? Only "yes" is accepted`) {
			t.Fatalf("answer %s: no prompt (%v):\n%s", answer, err, out)
		}
		revs, herr := apply.History(context.Background(), db.Conn)
		if herr != nil {
			t.Fatal(herr)
		}
		switch answer {
		case "no":
			if err == nil || !strings.Contains(string(out), "not confirmed") || len(revs) != 0 {
				t.Fatalf("answer no: %v, %d revisions:\n%s", err, len(revs), out)
			}
		case "yes":
			if err != nil || len(revs) != 1 {
				t.Fatalf("answer yes: %v, %d revisions:\n%s", err, len(revs), out)
			}
			converged(t, db.Conn, file)
		}
	}
}

// TestApplyLockWaitExceeded: --lock-wait bounds the wait for another
// apply; the JSON log says who holds the lock, then the error.
func TestApplyLockWaitExceeded(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	file := filepath.Join(t.TempDir(), "schema.sql")
	writeTestFile(t, file, "CREATE TABLE t (a int);\n")
	other, err := pgx.Connect(ctx, db.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close(ctx)
	if _, err := other.Exec(ctx, "SELECT pg_advisory_lock($1)", apply.LockKey); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := Run(ctx, []string{"apply", "--url", db.URL, "--to", file, "--auto-approve", "--lock-wait", "300ms", "--log-format", "json"},
		strings.NewReader(""), &stdout, &stderr)
	var events []string
	for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		var ev struct{ Event, Message string }
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("a log line is not JSON: %s", line)
		}
		events = append(events, ev.Event)
		if ev.Event == "error" && !strings.Contains(ev.Message, "another apply is running") {
			t.Errorf("error event: %s", ev.Message)
		}
	}
	if code != exitError || strings.Join(events, ",") != "lock_wait,error" {
		t.Fatalf("exit %d, events %v; want 2 after lock_wait and error:\n%s", code, events, stderr.String())
	}
}

// testConcurrentApplies starts 10 applies of one schema at once: all exit
// 0, exactly one runs the plan, one revision is recorded, and the database
// has the schema.
func testConcurrentApplies(t *testing.T, bin string) {
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `CREATE TABLE accounts (id bigint PRIMARY KEY); INSERT INTO accounts SELECT generate_series(1, 1000);`)
	file := filepath.Join(t.TempDir(), "schema.sql")
	writeTestFile(t, file, `CREATE TABLE accounts (id bigint PRIMARY KEY, plan text NOT NULL DEFAULT 'free');
CREATE INDEX accounts_plan_idx ON accounts (plan);
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, account bigint REFERENCES accounts, mood mood);
CREATE VIEW happy AS SELECT id FROM events WHERE mood = 'happy';
`)
	const n = 10
	type outcome struct {
		stdout, stderr string
		err            error
	}
	outs := make([]outcome, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(bin, "apply", "--url", db.URL, "--to", file, "--label", "v1", "--auto-approve", "--log-format", "json")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			outs[i] = outcome{stdout.String(), stderr.String(), err}
		}()
	}
	wg.Wait()
	applied := 0
	for i, o := range outs {
		if o.err != nil {
			t.Fatalf("apply %d: %v\nstdout:\n%s\nstderr:\n%s", i, o.err, o.stdout, o.stderr)
		}
		switch {
		case strings.Contains(o.stdout, "Applied "):
			applied++
		case !strings.Contains(o.stdout, "up to date"):
			t.Errorf("apply %d neither applied nor found the database up to date:\n%s", i, o.stdout)
		}
		for _, line := range strings.Split(strings.TrimSpace(o.stderr), "\n") {
			if line != "" && !json.Valid([]byte(line)) {
				t.Errorf("apply %d: a log line is not JSON: %s", i, line)
			}
		}
	}
	if applied != 1 {
		t.Errorf("%d applies ran the plan, want exactly 1", applied)
	}
	revs, err := apply.History(context.Background(), db.Conn)
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != 1 || revs[0].Label != "v1" {
		t.Errorf("revisions %+v, want exactly one labelled v1", revs)
	}
	converged(t, db.Conn, file)
}

// logEvent is a line of strata apply --log-format json.
type logEvent struct {
	Event, Status, Object string
	Step                  int
}

// testKilledApply kills an apply with SIGKILL while its second CREATE INDEX
// CONCURRENTLY waits for a transaction of the test (the first index is
// done, the second exists but is invalid), then checks that a new apply
// converges: it replaces the invalid index.
func testKilledApply(t *testing.T, bin string) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `CREATE TABLE a (x int); CREATE TABLE b (x int); INSERT INTO a VALUES (1); INSERT INTO b VALUES (1);`)
	file := filepath.Join(t.TempDir(), "schema.sql")
	writeTestFile(t, file, `CREATE TABLE a (x int); CREATE TABLE b (x int);
CREATE INDEX a_x_idx ON a (x);
CREATE INDEX b_x_idx ON b (x);
`)
	// An open transaction that wrote to b: CREATE INDEX CONCURRENTLY on b
	// creates its (invalid) index, then waits for it to end.
	blocker, err := pgx.Connect(ctx, db.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer blocker.Close(context.Background())
	tx, err := blocker.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, "INSERT INTO b VALUES (2)"); err != nil {
		t.Fatal(err)
	}

	cmd := exec.CommandContext(ctx, bin, "apply", "--url", db.URL, "--to", file, "--concurrently", "--auto-approve", "--log-format", "json")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var log []string
	firstDone, secondStarted := false, false
	sc := bufio.NewScanner(stderr)
	for !secondStarted && sc.Scan() {
		log = append(log, sc.Text())
		var ev logEvent
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil || ev.Event != "step" {
			continue
		}
		switch {
		case ev.Step == 1 && ev.Status == "done":
			if ev.Object != "public.a_x_idx" {
				t.Fatalf("step 1 is %s, want public.a_x_idx; log:\n%s", ev.Object, strings.Join(log, "\n"))
			}
			firstDone = true
		case ev.Step == 2 && ev.Status == "started":
			secondStarted = true
		}
	}
	if !firstDone || !secondStarted {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("the apply ended before its second step blocked; log:\n%s", strings.Join(log, "\n"))
	}
	// Wait until the second CREATE INDEX CONCURRENTLY waits for the
	// blocker, its invalid index created.
	var pid int32
	for deadline := time.Now().Add(30 * time.Second); ; {
		err := db.Conn.QueryRow(ctx, `SELECT pid FROM pg_stat_activity
			WHERE datname = current_database() AND query LIKE 'CREATE INDEX CONCURRENTLY%' AND wait_event_type = 'Lock'`).Scan(&pid)
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the second step never waited for the blocker: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	// The server notices a dead client only when it next talks to it:
	// end the orphaned statement as a pod's restart or a timeout would.
	if _, err := db.Conn.Exec(ctx, "SELECT pg_terminate_backend($1)", pid); err != nil {
		t.Fatal(err)
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	var valid bool
	if err := db.Conn.QueryRow(ctx, `SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.b_x_idx'::regclass`).Scan(&valid); err != nil || valid {
		t.Fatalf("after the kill, b_x_idx valid = %v (%v); want an invalid index left behind", valid, err)
	}

	out, err := exec.CommandContext(ctx, bin, "apply", "--url", db.URL, "--to", file, "--concurrently", "--auto-approve").CombinedOutput()
	if err != nil {
		t.Fatalf("the apply after the kill: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "DROP INDEX CONCURRENTLY public.b_x_idx") {
		t.Errorf("the apply after the kill did not replace the invalid index:\n%s", out)
	}
	converged(t, db.Conn, file)
	if err := db.Conn.QueryRow(ctx, `SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.b_x_idx'::regclass`).Scan(&valid); err != nil || !valid {
		t.Fatalf("b_x_idx valid = %v (%v) after the new apply", valid, err)
	}
	revs, err := apply.History(ctx, db.Conn)
	if err != nil || len(revs) != 1 {
		t.Fatalf("revisions %+v (%v), want the one of the apply that converged", revs, err)
	}
}

// TestApplyNotTerminal: without --auto-approve, an apply whose standard
// input is not a terminal refuses, changing nothing.
func TestApplyNotTerminal(t *testing.T) {
	db := pgtest.NewDB(t)
	file := filepath.Join(t.TempDir(), "schema.sql")
	writeTestFile(t, file, "CREATE TABLE t (a int);\n")
	devNull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devNull.Close()
	var stdout, stderr bytes.Buffer
	code := Run(context.Background(), []string{"apply", "--url", db.URL, "--to", file}, devNull, &stdout, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), "not a terminal") {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
	}
	var n int
	if err := db.Conn.QueryRow(context.Background(), "SELECT count(*) FROM pg_class WHERE relname = 't'").Scan(&n); err != nil || n != 0 {
		t.Fatalf("the table was created (%d, %v)", n, err)
	}
}
