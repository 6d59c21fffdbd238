package apply

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/lint"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// Request is one apply: bring the database to Desired.
type Request struct {
	// Desired is the model the database must have afterwards (required).
	// It must not declare the schema strata (HistorySchema).
	Desired *schema.Database
	// Plan is an optional reviewed plan (strata plan --out). Its From must
	// equal the live fingerprint, else Apply returns a *DriftError and
	// changes nothing; its To, when set, must be Desired's fingerprint.
	// When the database already has Desired's model, the plan is not run.
	Plan *plan.Plan
	// Label names the revision (a release, a commit); it may be empty.
	Label string
	// Kind is KindApply (the default when empty) or KindRollback.
	Kind string
	// Phase, when "expand" or "contract" (lint.Expand, lint.Contract),
	// runs only the steps of that phase of the plan (see lint.Split). The
	// database then reaches Desired only with the contract phase (after
	// the expand one); the revision recorded after a phase that does not
	// reach Desired holds the model reached, and no convergence is
	// checked.
	Phase string
	// LockWait bounds the wait for the advisory lock held by another
	// apply of the same database; 0 waits without bound.
	LockWait time.Duration
	// LockTimeout and StatementTimeout are set (SET LOCAL lock_timeout,
	// statement_timeout) for every step; 0 keeps the server's setting.
	LockTimeout, StatementTimeout time.Duration
	// Batch is the largest number of transactional steps run in one
	// transaction; 0 means DefaultBatch.
	Batch int
	// PlanOptions configure the plan built from the live database.
	PlanOptions plan.Options
	// Review, when not nil, is called with the plan (linted with the
	// default options: class and findings set) and the live model before
	// anything runs; it lints, shows and confirms. A non-nil error aborts
	// the apply with that error, with nothing changed. It is not called
	// for an empty plan.
	Review func(ctx context.Context, p *plan.Plan, live *schema.Database) error
	// Progress, when not nil, is called when each step starts and when it
	// ends.
	Progress func(Event)
	// Waiting, when not nil, is called once when another session holds
	// the advisory lock, with a description of that session, before
	// Apply waits for it.
	Waiting func(holder string)
	// DryRun plans and reviews, and runs and records nothing.
	DryRun bool
	// Version is the Strata version recorded with the revision.
	Version string
}

// Event reports the progress of one step.
type Event struct {
	// Step is the step's number, from 1; Steps the number of steps.
	Step, Steps int
	// SQL, Object and Kind are the step's.
	SQL, Object, Kind string
	// Done is false when the step starts, true when it ended.
	Done bool
	// Elapsed is how long the step ran (when Done).
	Elapsed time.Duration
	// Err is the step's error (when Done and it failed).
	Err error
}

// Result is what Apply did.
type Result struct {
	// Plan is the plan that ran (or would run, with DryRun); empty when
	// the database was up to date.
	Plan *plan.Plan
	// Revision is the revision recorded; nil when nothing was recorded
	// (up to date, dry run).
	Revision *Revision
	// Waited is how long Apply waited for the advisory lock.
	Waited time.Duration
	// UpToDate is true when the database already had the desired model
	// and the latest revision records it: nothing ran, nothing was
	// recorded.
	UpToDate bool
	// Current is, when UpToDate, the latest revision (without its Model
	// and Plan), which records the database's state.
	Current *Revision
}

// Apply brings the database conn is connected to to req.Desired and
// records the revision. conn must be idle (not in a transaction); Apply
// uses its session for the whole run:
//
//  1. it takes the advisory lock LockKey (waiting at most req.LockWait for
//     another apply to finish), so that concurrent applies run one after
//     the other, each on what the previous one left;
//  2. it inspects the database (leaving out the schema strata);
//  3. when the database has the desired model and the latest revision
//     records it (with the same label, when one is given), it returns
//     UpToDate and records nothing: N concurrent applies of one target
//     leave exactly one revision;
//  4. it plans from the live model (or checks that req.Plan starts from
//     it: *DriftError otherwise), lints with the default options, and
//     calls req.Review;
//  5. it runs the steps (see DefaultBatch; errors are *StepError),
//     inspects again and checks that the database converged
//     (*ConvergenceError otherwise);
//  6. it records the revision in strata.revisions (created on first use)
//     and releases the lock.
//
// When the database already has the model but no revision records it (the
// first apply on an existing database), Apply records one with an empty
// plan.
func Apply(ctx context.Context, conn *pgx.Conn, req Request) (*Result, error) {
	if req.Desired == nil {
		return nil, errors.New("apply: no desired model")
	}
	for _, s := range req.Desired.Schemas {
		if s.Name == HistorySchema {
			return nil, fmt.Errorf("the desired schema declares the schema %q, which Strata reserves for its history (%s): rename it", HistorySchema, HistoryTable)
		}
	}
	switch req.Kind {
	case "":
		req.Kind = KindApply
	case KindApply, KindRollback:
	default:
		return nil, fmt.Errorf("apply: kind %q: want %q or %q", req.Kind, KindApply, KindRollback)
	}
	switch req.Phase {
	case "", lint.Expand, lint.Contract:
	default:
		return nil, fmt.Errorf("apply: phase %q: want %q or %q", req.Phase, lint.Expand, lint.Contract)
	}
	if req.Plan != nil && req.Plan.From == "" {
		return nil, errors.New("the plan has no from fingerprint (a contract-phase plan): it cannot be checked against the database; " +
			"apply with --to SRC --phase contract instead")
	}
	if st := conn.PgConn().TxStatus(); st != 'I' {
		return nil, errors.New("apply: the connection is inside a transaction; give Apply an idle connection")
	}

	waited, err := lock(ctx, conn, req.LockWait, req.Waiting)
	if err != nil {
		return nil, err
	}
	defer unlock(context.WithoutCancel(ctx), conn)
	res := &Result{Waited: waited}

	live, err := Inspect(ctx, conn)
	if err != nil {
		return nil, err
	}
	liveFP, desiredFP := schema.Fingerprint(live), schema.Fingerprint(req.Desired)
	// A phase (or a plan file of the expand phase: it has no To) may
	// reach a model between the live one and Desired; that model is then
	// recorded.
	partial := req.Phase != "" || (req.Plan != nil && req.Plan.To == "")

	p, err := choosePlan(live, liveFP, desiredFP, &req)
	if err != nil {
		return nil, err
	}
	if len(p.Steps) > 0 && p.Class == "" {
		lint.Annotate(p, lint.Check(p, lint.Options{}))
	}
	if req.Phase != "" {
		p, _ = lint.Split(p, lint.Check(p, lint.Options{}), req.Phase)
		if p.From == "" {
			p.From = liveFP
		}
	}
	res.Plan = p

	if len(p.Steps) == 0 {
		if !partial && liveFP != desiredFP {
			return nil, convergence(live, req.Desired, liveFP, desiredFP)
		}
		latest, err := latestHead(ctx, conn)
		if err != nil {
			return nil, err
		}
		if latest != nil && latest.Fingerprint == liveFP && (req.Label == "" || latest.Label == req.Label) {
			res.UpToDate, res.Current = true, latest
			return res, nil
		}
		if req.DryRun {
			return res, nil
		}
		// The database has the model but no revision records it (yet, or
		// under this label): record it, with the empty plan.
		model := req.Desired
		if liveFP != desiredFP {
			model = live // between the phases
		}
		if res.Revision, err = record(ctx, conn, model, p, req.Label, req.Kind, req.Version); err != nil {
			return nil, err
		}
		return res, nil
	}

	if req.Review != nil {
		if err := req.Review(ctx, p, live); err != nil {
			return nil, err
		}
	}
	if req.DryRun {
		return res, nil
	}
	if err := newRunner(conn, p, &req).run(ctx); err != nil {
		return nil, err
	}
	after, err := Inspect(ctx, conn)
	if err != nil {
		return nil, fmt.Errorf("after the plan ran: %w", err)
	}
	afterFP := schema.Fingerprint(after)
	model := req.Desired
	if afterFP != desiredFP {
		if !partial {
			return nil, convergence(after, req.Desired, afterFP, desiredFP)
		}
		model = after
	}
	if res.Revision, err = record(ctx, conn, model, p, req.Label, req.Kind, req.Version); err != nil {
		return nil, fmt.Errorf("the plan ran and the database has the desired schema, but: %w", err)
	}
	return res, nil
}

// Inspect reads the live model of the database conn is connected to, the
// way Apply does: everything but the schema strata.
func Inspect(ctx context.Context, conn *pgx.Conn) (*schema.Database, error) {
	db, err := inspect.Live(ctx, conn, inspect.Options{ExcludeSchemas: []string{HistorySchema}})
	if err != nil {
		return nil, fmt.Errorf("reading the database schema: %w", err)
	}
	return db, nil
}

// choosePlan returns the plan to run: req.Plan after the drift checks, or a
// new plan from live to req.Desired.
func choosePlan(live *schema.Database, liveFP, desiredFP string, req *Request) (*plan.Plan, error) {
	if req.Plan == nil {
		p, err := plan.Build(diff.Compare(live, req.Desired), req.PlanOptions)
		if err != nil {
			return nil, fmt.Errorf("planning: %w", err)
		}
		return p, nil
	}
	if req.Plan.To != "" && req.Plan.To != desiredFP {
		return nil, fmt.Errorf("the plan leads to %s but the desired schema is %s: the plan was made for another schema; "+
			"give the --to it was made with, or make a new plan", req.Plan.To, desiredFP)
	}
	if liveFP == desiredFP {
		// Already applied (by another replica, say): nothing to run.
		return &plan.Plan{FormatVersion: plan.FormatVersion, From: liveFP, To: desiredFP, Steps: []plan.Step{}}, nil
	}
	if req.Plan.From != liveFP {
		return nil, &DriftError{Want: req.Plan.From, Got: liveFP}
	}
	return req.Plan, nil
}

// convergence returns the ConvergenceError for a database (got) that does
// not have the desired model.
func convergence(got, want *schema.Database, gotFP, wantFP string) error {
	e := &ConvergenceError{Want: wantFP, Got: gotFP}
	for _, c := range diff.Compare(got, want).List {
		e.Remaining = append(e.Remaining, fmt.Sprint(c))
	}
	return e
}
