package apply_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/stratadb/strata/apply"
	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// model parses SQL into a model.
func model(t *testing.T, sql string) *schema.Database {
	t.Helper()
	res, err := ddl.ParseSQL(ddl.Options{}, "desired.sql", sql)
	if err != nil {
		t.Fatalf("parsing the desired schema: %v", err)
	}
	return res.DB
}

// live returns the fingerprint of the database, as Apply sees it.
func live(t *testing.T, conn *pgx.Conn) (*schema.Database, string) {
	t.Helper()
	db, err := apply.Inspect(context.Background(), conn)
	if err != nil {
		t.Fatal(err)
	}
	return db, schema.Fingerprint(db)
}

// history returns the recorded revisions.
func history(t *testing.T, conn *pgx.Conn) []apply.Revision {
	t.Helper()
	revs, err := apply.History(context.Background(), conn)
	if err != nil {
		t.Fatal(err)
	}
	return revs
}

// checkConverged fails the test when the database does not have desired.
func checkConverged(t *testing.T, conn *pgx.Conn, desired *schema.Database) {
	t.Helper()
	got, fp := live(t, conn)
	if want := schema.Fingerprint(desired); fp != want {
		t.Fatalf("the database did not converge: %v", diff.Compare(got, desired).List)
	}
}

const v1 = `CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE INDEX users_email_idx ON users (email);`

const v2 = `CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text);
CREATE INDEX users_email_idx ON users (email);
CREATE TABLE teams (id bigint PRIMARY KEY);`

// TestApplyRecords applies two versions and checks the revisions: the
// model, plan, class, label and kind are recorded and read back, and a
// second apply of the same version records nothing.
func TestApplyRecords(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	if revs := history(t, db.Conn); len(revs) != 0 {
		t.Fatalf("History of a fresh database = %v, want none", revs)
	}
	if r, err := apply.Latest(ctx, db.Conn); r != nil || err != nil {
		t.Fatalf("Latest of a fresh database = %v, %v; want nil, nil", r, err)
	}
	reviewed := 0
	for i, step := range []struct {
		sql, label string
		upToDate   bool
	}{
		{v1, "v1", false},
		{v1, "v1", true},
		{v2, "v2", false},
		{v2, "", true},
	} {
		var events []apply.Event
		res, err := apply.Apply(ctx, db.Conn, apply.Request{
			Desired: model(t, step.sql), Label: step.label, Version: "test",
			Review:   func(context.Context, *plan.Plan, *schema.Database) error { reviewed++; return nil },
			Progress: func(e apply.Event) { events = append(events, e) },
		})
		if err != nil {
			t.Fatalf("apply %d: %v", i, err)
		}
		if res.UpToDate != step.upToDate || (res.Revision == nil) != step.upToDate || (res.Current != nil) != step.upToDate {
			t.Fatalf("apply %d: UpToDate = %v, Revision = %v, Current = %v; want up to date %v", i, res.UpToDate, res.Revision, res.Current, step.upToDate)
		}
		if c := res.Current; c != nil && (c.Fingerprint != schema.Fingerprint(model(t, step.sql)) || c.Model != nil) {
			t.Errorf("apply %d: Current = %+v, want the latest revision, without its model", i, c)
		}
		if !step.upToDate && len(events) != 2*len(res.Plan.Steps) {
			t.Errorf("apply %d: %d events for %d steps, want a start and an end per step", i, len(events), len(res.Plan.Steps))
		}
		checkConverged(t, db.Conn, model(t, step.sql))
	}
	if reviewed != 2 {
		t.Errorf("Review was called %d times, want 2 (not for up-to-date applies)", reviewed)
	}
	revs := history(t, db.Conn)
	var got []string
	for _, r := range revs {
		got = append(got, fmt.Sprintf("%d %s %s %s %s", r.ID, r.Label, r.Kind, r.Class, r.Version))
		if r.Model != nil || r.Plan != nil {
			t.Errorf("History returned revision %d with its model or plan", r.ID)
		}
		if !strings.HasPrefix(r.AppliedBy, "postgres") || r.AppliedAt.IsZero() {
			t.Errorf("revision %d: applied by %q at %v", r.ID, r.AppliedBy, r.AppliedAt)
		}
	}
	if d := cmp.Diff([]string{"2 v2 apply MINOR test", "1 v1 apply MINOR test"}, got); d != "" {
		t.Fatalf("History (-want +got):\n%s", d)
	}
	for _, ref := range []string{"v1", "1"} {
		r, err := apply.Find(ctx, db.Conn, ref)
		if err != nil {
			t.Fatal(err)
		}
		want := model(t, v1)
		if r.ID != 1 || r.Fingerprint != schema.Fingerprint(want) || schema.Fingerprint(r.Model) != r.Fingerprint {
			t.Errorf("Find(%q) = revision %d %s, want revision 1 with the model of v1", ref, r.ID, r.Fingerprint)
		}
		if r.Plan == nil || len(r.Plan.Steps) != 3 || r.Plan.Steps[0].Change == nil {
			t.Errorf("Find(%q): the recorded plan is %+v, want the 3 steps that created v1 with their changes", ref, r.Plan)
		}
	}
	latest, err := apply.Latest(ctx, db.Conn)
	if err != nil || latest.ID != 2 || latest.Label != "v2" {
		t.Fatalf("Latest = %+v, %v; want revision 2", latest, err)
	}
	for _, ref := range []string{"nope", "7", ""} {
		if _, err := apply.Find(ctx, db.Conn, ref); !errors.Is(err, apply.ErrNoRevision) {
			t.Errorf("Find(%q) error = %v, want ErrNoRevision", ref, err)
		}
	}

	// A new label on the same schema records a revision with an empty
	// plan, so that the label can be found later.
	res, err := apply.Apply(ctx, db.Conn, apply.Request{Desired: model(t, v2), Label: "v2.1"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Revision == nil || res.Revision.ID != 3 || len(res.Plan.Steps) != 0 || res.Revision.Class != "" {
		t.Fatalf("apply of v2 labelled v2.1: %+v, want revision 3 with an empty plan", res.Revision)
	}
}

// TestApplyBaseline records the first revision of a database that already
// has the schema, and nothing when the history table is missing before.
func TestApplyBaseline(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, v1)
	if _, err := apply.Find(ctx, db.Conn, "1"); !errors.Is(err, apply.ErrNoRevision) {
		t.Fatalf("Find before any apply: %v, want ErrNoRevision", err)
	}
	res, err := apply.Apply(ctx, db.Conn, apply.Request{Desired: model(t, v1),
		Review: func(context.Context, *plan.Plan, *schema.Database) error {
			return errors.New("review of an empty plan")
		}})
	if err != nil {
		t.Fatal(err)
	}
	if res.UpToDate || res.Revision == nil || res.Revision.ID != 1 {
		t.Fatalf("baseline apply: %+v", res)
	}
	res, err = apply.Apply(ctx, db.Conn, apply.Request{Desired: model(t, v1)})
	if err != nil || !res.UpToDate {
		t.Fatalf("second apply: %+v, %v; want up to date", res, err)
	}
}

// TestApplyStalePlan refuses a reviewed plan after an out-of-band change
// and leaves the database untouched.
func TestApplyStalePlan(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, v1)
	current, _ := live(t, db.Conn)
	desired := model(t, v2)
	p, err := plan.Build(diff.Compare(current, desired), plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pgtest.Exec(t, db, `ALTER TABLE users ADD COLUMN note text`)
	_, before := live(t, db.Conn)
	_, err = apply.Apply(ctx, db.Conn, apply.Request{Desired: desired, Plan: p})
	var drift *apply.DriftError
	if !errors.As(err, &drift) {
		t.Fatalf("Apply with a stale plan: %v, want a *DriftError", err)
	}
	if drift.Want != p.From || drift.Got != before {
		t.Errorf("DriftError = %+v, want the plan's from %s and the database's %s", drift, p.From, before)
	}
	if _, after := live(t, db.Conn); after != before {
		t.Error("the database changed although the plan was refused")
	}
	if revs := history(t, db.Conn); len(revs) != 0 {
		t.Errorf("revisions were recorded: %v", revs)
	}

	// The same plan for another target is refused too.
	pgtest.Exec(t, db, `ALTER TABLE users DROP COLUMN note`)
	_, err = apply.Apply(ctx, db.Conn, apply.Request{Desired: model(t, v1+"\nCREATE TABLE x (a int);"), Plan: p})
	if err == nil || !strings.Contains(err.Error(), "made for another schema") {
		t.Errorf("Apply of a plan for another schema: %v", err)
	}
	// Without the change, the reviewed plan runs.
	res, err := apply.Apply(ctx, db.Conn, apply.Request{Desired: desired, Plan: p})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Plan.Steps) != len(p.Steps) || res.Revision == nil {
		t.Fatalf("the reviewed plan did not run: %+v", res)
	}
	checkConverged(t, db.Conn, desired)
}

// TestApplyFailingStep: a CHECK constraint that existing rows violate fails
// its step, and the whole transaction (the column added before it too) is
// rolled back.
func TestApplyFailingStep(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, v1+"\nINSERT INTO users VALUES (1, 'a@example.com'), (2, 'nobody');")
	_, before := live(t, db.Conn)
	desired := model(t, `CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL CHECK (email LIKE '%@%'), name text);
CREATE INDEX users_email_idx ON users (email);`)
	_, err := apply.Apply(ctx, db.Conn, apply.Request{Desired: desired})
	var se *apply.StepError
	if !errors.As(err, &se) {
		t.Fatalf("Apply: %v, want a *StepError", err)
	}
	var pg *pgconn.PgError
	if !errors.As(err, &pg) || pg.Code != "23514" {
		t.Fatalf("Apply: %v, want check_violation (23514)", err)
	}
	if !strings.Contains(se.SQL, "CHECK") || se.Committed != 0 || se.Step < 2 {
		t.Errorf("StepError = %+v, want the CHECK step after the column, nothing committed", se)
	}
	if msg := err.Error(); !strings.Contains(msg, se.SQL) || !strings.Contains(msg, "23514") || !strings.Contains(msg, "as it was") {
		t.Errorf("the error does not name the step, its SQL, the code and the outcome:\n%s", msg)
	}
	if _, after := live(t, db.Conn); after != before {
		t.Error("the database changed although the step failed")
	}
	if revs := history(t, db.Conn); len(revs) != 0 {
		t.Errorf("revisions were recorded: %v", revs)
	}
}

// TestApplyBatches: with a batch size, an error in a later batch leaves
// the earlier ones committed, and the next apply converges from there.
func TestApplyBatches(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `CREATE TABLE z (v int); INSERT INTO z VALUES (-1);`)
	var sql strings.Builder
	for i := range 5 {
		fmt.Fprintf(&sql, "CREATE TABLE t%d (id int);\n", i)
	}
	desired := model(t, sql.String()+"CREATE TABLE z (v int CHECK (v > 0));")
	_, err := apply.Apply(ctx, db.Conn, apply.Request{Desired: desired, Batch: 2})
	var se *apply.StepError
	if !errors.As(err, &se) {
		t.Fatalf("Apply: %v, want a *StepError", err)
	}
	if se.Committed == 0 || se.Committed%2 != 0 || !strings.Contains(err.Error(), "stay") {
		t.Fatalf("StepError = %+v (%v), want whole batches of 2 committed before it", se, err)
	}
	pgtest.Exec(t, db, `DELETE FROM z`)
	res, err := apply.Apply(ctx, db.Conn, apply.Request{Desired: desired, Batch: 2})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(res.Plan.Steps); n >= se.Steps {
		t.Errorf("the second plan has %d steps, want fewer than the first's %d", n, se.Steps)
	}
	checkConverged(t, db.Conn, desired)
}

// TestApplyInvalidIndex: an index that CREATE INDEX CONCURRENTLY left
// invalid is inspected as invalid, and the next apply re-creates it.
func TestApplyInvalidIndex(t *testing.T) {
	for _, concurrently := range []bool{false, true} {
		t.Run(fmt.Sprintf("concurrently=%v", concurrently), func(t *testing.T) {
			ctx := context.Background()
			db := pgtest.NewDB(t)
			pgtest.Exec(t, db, `CREATE TABLE t (a int); INSERT INTO t VALUES (1), (1);`)
			if _, err := db.Conn.Exec(ctx, `CREATE UNIQUE INDEX CONCURRENTLY t_a_idx ON t (a)`); err == nil {
				t.Fatal("CREATE UNIQUE INDEX on duplicates succeeded")
			}
			got, _ := live(t, db.Conn)
			ix := got.Tables[0].Indexes
			if len(ix) != 1 || !ix[0].Invalid {
				t.Fatalf("inspected indexes %+v, want t_a_idx invalid", ix)
			}
			pgtest.Exec(t, db, `DELETE FROM t`)
			desired := model(t, `CREATE TABLE t (a int); CREATE UNIQUE INDEX t_a_idx ON t (a);`)
			if desired.Tables[0].Indexes[0].Invalid {
				t.Fatal("the parser produced an invalid index")
			}
			res, err := apply.Apply(ctx, db.Conn, apply.Request{Desired: desired, PlanOptions: plan.Options{Concurrently: concurrently}})
			if err != nil {
				t.Fatal(err)
			}
			var kinds []string
			for _, s := range res.Plan.Steps {
				kinds = append(kinds, s.Kind)
			}
			if len(kinds) != 2 || !strings.Contains(kinds[0], "drop") {
				t.Errorf("plan steps %v, want the invalid index dropped then created", kinds)
			}
			checkConverged(t, db.Conn, desired)
		})
	}
}

// TestApplyLockWait: another session holding the advisory lock makes Apply
// wait, and give up after LockWait with the holder named.
func TestApplyLockWait(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	config, err := pgx.ParseConfig(db.URL)
	if err != nil {
		t.Fatal(err)
	}
	config.RuntimeParams["application_name"] = "holder"
	other, err := pgx.ConnectConfig(ctx, config)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close(ctx)
	if _, err := other.Exec(ctx, "SELECT pg_advisory_lock($1)", apply.LockKey); err != nil {
		t.Fatal(err)
	}
	var holder string
	_, err = apply.Apply(ctx, db.Conn, apply.Request{Desired: model(t, v1), LockWait: 300 * time.Millisecond,
		Waiting: func(h string) { holder = h }})
	var le *apply.LockError
	if !errors.As(err, &le) {
		t.Fatalf("Apply while the lock is held: %v, want a *LockError", err)
	}
	if !strings.Contains(holder, "holder") || !strings.Contains(le.Holder, "holder") || le.Waited < 300*time.Millisecond {
		t.Errorf("holder %q, LockError %+v: want the holding session named and the wait", holder, le)
	}
	if revs := history(t, db.Conn); len(revs) != 0 {
		t.Errorf("revisions were recorded: %v", revs)
	}
	// Released, the next apply goes through.
	done := make(chan error, 1)
	go func() {
		_, err := apply.Apply(ctx, db.Conn, apply.Request{Desired: model(t, v1)})
		done <- err
	}()
	time.Sleep(200 * time.Millisecond)
	if _, err := other.Exec(ctx, "SELECT pg_advisory_unlock($1)", apply.LockKey); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	checkConverged(t, db.Conn, model(t, v1))
}

// TestApplyTimeouts: the per-step lock_timeout and statement_timeout end
// a step that waits for a table lock, the error says which, and the
// session keeps its own settings.
func TestApplyTimeouts(t *testing.T) {
	const withIndex = v1 + "\nCREATE INDEX users_id_email_idx ON users (id, email);"
	for _, tc := range []struct {
		name, desired, lock string
		req                 apply.Request
		code                string
	}{
		{"lock_timeout", v2, "ACCESS SHARE", apply.Request{LockTimeout: 200 * time.Millisecond}, "55P03"},           // lock_not_available
		{"statement_timeout", v2, "ACCESS SHARE", apply.Request{StatementTimeout: 200 * time.Millisecond}, "57014"}, // query_canceled
		// CREATE INDEX CONCURRENTLY runs alone: the timeouts are set for
		// the session, and reset after it.
		{"not transactional", withIndex, "SHARE UPDATE EXCLUSIVE",
			apply.Request{LockTimeout: 200 * time.Millisecond, PlanOptions: plan.Options{Concurrently: true}}, "55P03"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db := pgtest.NewDB(t)
			pgtest.Exec(t, db, v1)
			other, err := pgx.Connect(ctx, db.URL)
			if err != nil {
				t.Fatal(err)
			}
			defer other.Close(ctx)
			tx, err := other.Begin(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback(ctx)
			if _, err := tx.Exec(ctx, "LOCK TABLE users IN "+tc.lock+" MODE"); err != nil {
				t.Fatal(err)
			}
			req := tc.req
			req.Desired = model(t, tc.desired)
			_, err = apply.Apply(ctx, db.Conn, req)
			var pg *pgconn.PgError
			var se *apply.StepError
			if !errors.As(err, &pg) || pg.Code != tc.code || !errors.As(err, &se) {
				t.Fatalf("Apply: %v, want a step error with SQLSTATE %s", err, tc.code)
			}
			if se.Transactional == tc.req.PlanOptions.Concurrently {
				t.Errorf("the failing step %q is transactional: %v", se.SQL, se.Transactional)
			}
			for _, name := range []string{"lock_timeout", "statement_timeout"} {
				var v string
				if err := db.Conn.QueryRow(ctx, "SELECT current_setting($1)", name).Scan(&v); err != nil || v != "0" {
					t.Errorf("%s of the session after Apply = %q, %v; want the default 0 (set per step only)", name, v, err)
				}
			}
		})
	}
}

// TestApplyReservedSchema refuses a desired model that declares the
// schema strata.
func TestApplyReservedSchema(t *testing.T) {
	db := pgtest.NewDB(t)
	_, err := apply.Apply(context.Background(), db.Conn, apply.Request{Desired: model(t, `CREATE SCHEMA strata; CREATE TABLE strata.x (a int);`)})
	if err == nil || !strings.Contains(err.Error(), "reserves") {
		t.Fatalf("Apply of the schema strata: %v", err)
	}
}

// TestApplyDryRun plans and reviews, and runs and records nothing.
func TestApplyDryRun(t *testing.T) {
	db := pgtest.NewDB(t)
	_, before := live(t, db.Conn)
	reviewed := false
	res, err := apply.Apply(context.Background(), db.Conn, apply.Request{Desired: model(t, v1), DryRun: true,
		Review: func(_ context.Context, p *plan.Plan, _ *schema.Database) error {
			reviewed = p.Class != "" && len(p.Steps) == 3
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	if !reviewed || res.Revision != nil || len(res.Plan.Steps) != 3 {
		t.Fatalf("dry run: reviewed %v, result %+v", reviewed, res)
	}
	if _, fp := live(t, db.Conn); fp != before {
		t.Error("the dry run changed the database")
	}
	var exists bool
	if err := db.Conn.QueryRow(context.Background(), "SELECT to_regclass('strata.revisions') IS NOT NULL").Scan(&exists); err != nil || exists {
		t.Errorf("the dry run created the history table (%v)", err)
	}
}
