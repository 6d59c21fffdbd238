package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/apply"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

// chainVersions are three releases of one schema: v2 adds to v1, v3 adds
// what an older release cannot live with (a NOT NULL column without a
// default, a unique constraint) next to what it can.
var chainVersions = map[string]string{
	"v1": `CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE task (id bigint PRIMARY KEY, title text NOT NULL, status status NOT NULL DEFAULT 'new');
CREATE FUNCTION open_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM task WHERE status = 'new' $$;
`,
	"v2": `CREATE TYPE status AS ENUM ('new', 'done', 'archived');
CREATE TABLE task (id bigint PRIMARY KEY, title text NOT NULL, status status NOT NULL DEFAULT 'new', due date);
CREATE INDEX task_due ON task (due);
CREATE TABLE tag (task_id bigint NOT NULL REFERENCES task (id), name text NOT NULL);
CREATE FUNCTION open_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM task WHERE status = 'new' $$;
`,
	"v3": `CREATE TYPE status AS ENUM ('new', 'done', 'archived');
CREATE TABLE task (id bigint PRIMARY KEY, title text NOT NULL, status status NOT NULL DEFAULT 'new', due date,
    owner text, CONSTRAINT task_title_key UNIQUE (title));
CREATE INDEX task_due ON task (due);
CREATE TABLE tag (task_id bigint NOT NULL REFERENCES task (id), name text NOT NULL);
CREATE FUNCTION open_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM task WHERE status IN ('new', 'archived') $$;
CREATE VIEW open_tasks AS SELECT id, title, owner FROM task WHERE status = 'new';
`,
}

// mustStrata runs the CLI in-process and fails the test unless it exits with
// want; it returns standard output.
func mustStrata(t *testing.T, want int, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := Run(context.Background(), args, strings.NewReader(""), &stdout, &stderr); code != want {
		t.Fatalf("strata %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, want, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// chainFiles writes the chain's versions as v1.sql... and returns their
// paths by label.
func chainFiles(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	paths := map[string]string{}
	for label, sql := range chainVersions {
		paths[label] = filepath.Join(dir, label+".sql")
		if err := os.WriteFile(paths[label], []byte(sql), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// liveFingerprint returns the fingerprint of the database as apply sees it.
func liveFingerprint(t *testing.T, db *pgtest.DB) string {
	t.Helper()
	live, err := apply.Inspect(context.Background(), db.Conn)
	if err != nil {
		t.Fatal(err)
	}
	return schema.Fingerprint(live)
}

// TestRollbackChain applies v1, v2 and v3, then rolls back to v1 and
// forward again to v3 with strata rollback, and checks after each step
// that the database has exactly the schema recorded under the label, that
// the rows survive, and that every run recorded one revision.
func TestRollbackChain(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	files := chainFiles(t)
	check := func(label string, revisions int) {
		t.Helper()
		rev, err := apply.Find(ctx, db.Conn, label)
		if err != nil {
			t.Fatal(err)
		}
		if got := liveFingerprint(t, db); got != rev.Fingerprint {
			t.Errorf("after going to %s: the database is %s, revision %d (%s) recorded %s", label, got, rev.ID, label, rev.Fingerprint)
		}
		hist, err := apply.History(ctx, db.Conn)
		if err != nil {
			t.Fatal(err)
		}
		if len(hist) != revisions {
			t.Errorf("after going to %s: %d revisions, want %d", label, len(hist), revisions)
		}
		var n int
		if err := db.Conn.QueryRow(ctx, "SELECT count(*) FROM task").Scan(&n); err != nil || n != 2 {
			t.Errorf("after going to %s: task has %d rows (%v), want the 2 inserted with v1", label, n, err)
		}
	}

	mustStrata(t, 0, "apply", "--url", db.URL, "--to", files["v1"], "--label", "v1", "--auto-approve")
	pgtest.Exec(t, db, "INSERT INTO task (id, title) VALUES (1, 'one'), (2, 'two')")
	check("v1", 1)
	mustStrata(t, 0, "apply", "--url", db.URL, "--to", files["v2"], "--label", "v2", "--auto-approve")
	check("v2", 2)
	mustStrata(t, 0, "apply", "--url", db.URL, "--to", files["v3"], "--label", "v3", "--auto-approve", "--allow-class", "MAJOR")
	check("v3", 3)

	// Back to v1: it drops what v2 and v3 added, with their data, which
	// lint refuses without consent.
	out := mustStrata(t, 2, "rollback", "--url", db.URL, "--to", "v1", "--auto-approve")
	if !strings.Contains(out, "DROP TABLE public.tag") {
		t.Errorf("the refused rollback did not show its plan:\n%s", out)
	}
	check("v3", 3)
	mustStrata(t, 0, "rollback", "--url", db.URL, "--to", "v1", "--auto-approve", "--allow-class", "MAJOR")
	check("v1", 4)
	// Forward again to v3 (a rollback to a later revision is just as
	// good), then to revision 2 by number.
	mustStrata(t, 0, "rollback", "--url", db.URL, "--to", "v3", "--auto-approve", "--allow-class", "MAJOR")
	check("v3", 5)
	mustStrata(t, 0, "rollback", "--url", db.URL, "--to", "2", "--auto-approve", "--allow-class", "MAJOR")
	check("v2", 6)
	// A second identical rollback finds the database up to date.
	mustStrata(t, 0, "rollback", "--url", db.URL, "--to", "2", "--auto-approve")
	check("v2", 6)

	hist, err := apply.History(ctx, db.Conn)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, r := range hist {
		kinds = append(kinds, r.Kind+":"+r.Label)
	}
	want := "rollback:v2 rollback:v3 rollback:v1 apply:v3 apply:v2 apply:v1"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("history (newest first) = %s, want %s", got, want)
	}
}

// TestRollbackCompatible rolls v3 back to v1 with --policy compatible:
// without any consent (nothing is dropped), v1's application works again
// (its INSERT, which sets neither owner nor a unique title, succeeds),
// v3's data stays, and what was kept is listed.
func TestRollbackCompatible(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	files := chainFiles(t)
	mustStrata(t, 0, "apply", "--url", db.URL, "--to", files["v1"], "--label", "v1", "--auto-approve")
	mustStrata(t, 0, "apply", "--url", db.URL, "--to", files["v3"], "--label", "v3", "--auto-approve", "--allow-class", "MAJOR")
	pgtest.Exec(t, db, "INSERT INTO task (id, title, due, owner) VALUES (1, 'one', '2026-01-01', 'ann'); INSERT INTO tag VALUES (1, 'x')")

	out := mustStrata(t, 0, "rollback", "--url", db.URL, "--to", "v1", "--policy", "compatible", "--auto-approve")
	for _, line := range []string{
		"Rolling back to revision 1 (label v1), policy compatible.",
		"  table public.tag: the older version never knew it",
		"  column public.task.owner: nullable, the older version never knew it",
		"  view public.open_tasks: the older version never knew it",
		"ALTER TABLE public.task DROP CONSTRAINT task_title_key;",
	} {
		if !strings.Contains(out, line+"\n") {
			t.Errorf("the output lacks the line %q:\n%s", line, out)
		}
	}
	// The older application's writes work again.
	pgtest.Exec(t, db, "INSERT INTO task (id, title) VALUES (2, 'one')")
	var owner string
	var tags int
	if err := db.Conn.QueryRow(ctx, "SELECT owner, (SELECT count(*) FROM tag) FROM task WHERE id = 1").Scan(&owner, &tags); err != nil {
		t.Fatal(err)
	}
	if owner != "ann" || tags != 1 {
		t.Errorf("v3's data was not kept: owner %q, %d tags", owner, tags)
	}
	// v1's function body is restored: v3 changed it.
	var body string
	if err := db.Conn.QueryRow(ctx, "SELECT prosrc FROM pg_proc WHERE proname = 'open_count'").Scan(&body); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(body, "archived") {
		t.Errorf("open_count still has v3's body: %s", body)
	}
	latest, err := apply.Latest(ctx, db.Conn)
	if err != nil || latest == nil {
		t.Fatalf("no revision after the rollback (%v)", err)
	}
	if latest.Kind != apply.KindRollback || latest.Label != "" || latest.Fingerprint != liveFingerprint(t, db) {
		t.Errorf("latest revision: kind %q label %q fingerprint %s; want an unlabelled rollback of the live schema %s",
			latest.Kind, latest.Label, latest.Fingerprint, liveFingerprint(t, db))
	}
	// Nothing drifted, and the compatible rollback is idempotent.
	mustStrata(t, 0, "drift", "--url", db.URL)
	out = mustStrata(t, 0, "rollback", "--url", db.URL, "--to", "v1", "--policy", "compatible", "--auto-approve")
	if !strings.Contains(out, "up to date") {
		t.Errorf("a second compatible rollback was not up to date:\n%s", out)
	}
}

// TestRollbackErrors checks the refusals that change nothing.
func TestRollbackErrors(t *testing.T) {
	db := pgtest.NewDB(t)
	files := chainFiles(t)
	var stdout, stderr bytes.Buffer
	code := Run(context.Background(), []string{"rollback", "--url", db.URL, "--to", "v1", "--auto-approve"}, strings.NewReader(""), &stdout, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), "nothing was ever applied") {
		t.Errorf("rollback without history: exit %d, stderr %q", code, stderr.String())
	}
	mustStrata(t, 0, "apply", "--url", db.URL, "--to", files["v1"], "--label", "v1", "--auto-approve")
	stderr.Reset()
	code = Run(context.Background(), []string{"rollback", "--url", db.URL, "--to", "v9", "--auto-approve"}, strings.NewReader(""), &stdout, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), `no revision is labelled "v9"`) {
		t.Errorf("rollback to a missing label: exit %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	mustStrata(t, 0, "apply", "--url", db.URL, "--to", files["v2"], "--label", "v2", "--auto-approve")
	// Without --auto-approve and without a terminal, nothing runs.
	code = Run(context.Background(), []string{"rollback", "--url", db.URL, "--to", "v1", "--allow-class", "MAJOR"}, strings.NewReader(""), &stdout, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), "not a terminal") {
		t.Errorf("rollback without confirmation: exit %d, stderr %q", code, stderr.String())
	}
	rev, err := apply.Latest(context.Background(), db.Conn)
	if err != nil || rev == nil || rev.Label != "v2" || liveFingerprint(t, db) != rev.Fingerprint {
		t.Errorf("a refused rollback changed the database or its history (latest %+v, %v)", rev, err)
	}
}

// TestRollbackConcurrent runs the same compatible rollback from several
// replicas at once: all exit 0, the database reaches one target, and
// exactly one rollback revision is recorded (Compatible is a fixed point,
// so the replicas that run after the first find the database up to date).
func TestRollbackConcurrent(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	files := chainFiles(t)
	mustStrata(t, 0, "apply", "--url", db.URL, "--to", files["v1"], "--label", "v1", "--auto-approve")
	mustStrata(t, 0, "apply", "--url", db.URL, "--to", files["v3"], "--label", "v3", "--auto-approve", "--allow-class", "MAJOR")
	const replicas = 6
	codes := make(chan string, replicas)
	for range replicas {
		go func() {
			var stdout, stderr bytes.Buffer
			code := Run(ctx, []string{"rollback", "--url", db.URL, "--to", "v1", "--policy", "compatible", "--auto-approve"},
				strings.NewReader(""), &stdout, &stderr)
			if code != 0 {
				codes <- stderr.String()
				return
			}
			codes <- ""
		}()
	}
	for range replicas {
		if msg := <-codes; msg != "" {
			t.Errorf("a replica failed: %s", msg)
		}
	}
	hist, err := apply.History(ctx, db.Conn)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 3 || hist[0].Kind != apply.KindRollback || hist[1].Kind != apply.KindApply {
		t.Fatalf("want apply, apply and one rollback; history (newest first): %+v", hist)
	}
	if got := liveFingerprint(t, db); got != hist[0].Fingerprint {
		t.Errorf("the database is %s, the rollback recorded %s", got, hist[0].Fingerprint)
	}
}
