package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/apply"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/lint"
	"github.com/stratadb/strata/lint/pgdata"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// defaultLockWait is how long strata apply waits for another apply of the
// same database when --lock-wait is not given.
const defaultLockWait = 10 * time.Minute

var applyCommand = &command{
	name:    "apply",
	summary: "bring a database to a schema, safely, and record the revision",
	usage: `Usage: strata apply --url URL --to SRC [--plan FILE] [--auto-approve] [--label TEXT]
                    [--lock-timeout D] [--statement-timeout D] [--lock-wait D] [--dry-run]
                    [--allow CODE,...] [--allow-class CLASS] [--log-format text|json]

Brings the database at URL to the schema at SRC (SQL files, or a database)
and records the result in the database (table strata.revisions, see
strata history). Meant for deploy time: a CI pipeline, a Kubernetes Job,
an Argo CD or Flux hook, an init container.

  1. Takes an advisory lock on the database for the whole run: concurrent
     applies (replicas starting at once) run one after the other, and
     those that find the database already at SRC, recorded, do nothing.
  2. Inspects the database (the schema strata is always left out) and
     plans, or with --plan checks that the reviewed plan still starts from
     the database's fingerprint: if the database changed since, it refuses
     and changes nothing.
  3. Shows the plan with lint's findings (on standard output). Findings at
     or above the fail-on level of the lint configuration (default: error)
     refuse the apply unless allowed with --allow or --allow-class. Asks
     for confirmation on a terminal; otherwise --auto-approve is required.
  4. Runs the steps: consecutive transactional steps in one transaction
     (at most 500 per transaction: a failure in a later batch leaves the
     earlier batches committed, and the next apply converges from there),
     every other step (CREATE INDEX CONCURRENTLY, ALTER TYPE ... ADD
     VALUE) on its own. A failing step is named with its SQL and the
     PostgreSQL error, and the apply exits 2.
  5. Inspects again, checks the database has the schema, records the
     revision (schema, fingerprint, label, class, plan, who, when, strata
     version).

Flags:
  --url URL               the database to change (required)
  --to SRC                the schema it should have (required): SQL files or
                          a database URL
  --plan FILE             run this reviewed plan (strata plan --out FILE)
                          instead of planning; refused when the database's
                          fingerprint is not the plan's from
  --auto-approve          do not ask for confirmation (required when standard
                          input is not a terminal)
  --label TEXT            name the revision (a release, a commit) for
                          strata rollback --to TEXT
  --lock-timeout D        lock_timeout of every step (e.g. 5s; default: the
                          server's)
  --statement-timeout D   statement_timeout of every step (default: the
                          server's)
  --lock-wait D           how long to wait for another apply of the same
                          database (default 10m; 0 waits without bound)
  --dry-run               plan, lint and show; run and record nothing
  --allow CODE,...        accept the findings of these codes (repeatable)
  --allow-class CLASS     accept every finding of the steps of class up to
                          CLASS (PATCH, MINOR or MAJOR): consent to a plan of
                          that class
  --allow-backward        accept a plan that drops data to bring the database
                          back to the schema of an earlier revision (see
                          "Going back" below)
  --phase PHASE           run only the expand or the contract steps (see
                          strata plan --phase)
  --log-format FORMAT     text (default) or json: one JSON object per line
                          on standard error (events: lock_wait, plan, step,
                          up_to_date, applied, error)
  --lint-config FILE, --disable CODE, --severity CODE=LEVEL, --no-data
                          configure the findings as for strata lint
  --concurrently          create and drop indexes of existing tables with
                          CONCURRENTLY
  --dev-url URL           read SQL files through a temporary database on URL

Going back: when SRC is the schema of an earlier revision than the latest
one (an older release deployed again, its hooks applying its schema) and
the plan loses data (lint's destructive findings: dropped columns, tables),
apply refuses, even with --allow or --allow-class: the newer release's data
would go. Run strata rollback --to LABEL --policy compatible to keep what
the older release tolerates, or pass --allow-backward to go back exactly.

Exit status: 0 when the database has the schema (applied or up to date),
2 on any error: refused by lint, not confirmed, drift, a failing step.

Examples:
  strata apply --url postgres://deploy@db:5432/app --to schema/ --label v42 --auto-approve
  strata plan --from postgres://deploy@db:5432/app --to schema/ --out plan.json
  strata apply --url postgres://deploy@db:5432/app --to schema/ --plan plan.json --auto-approve
`,
	run: runApply,
}

// showElapsed formats a duration in the progress and result messages.
// Tests replace it to make the output reproducible.
var showElapsed = func(d time.Duration) string {
	if d < time.Second {
		return d.Round(10 * time.Microsecond).String()
	}
	return d.Round(time.Millisecond).String()
}

// elapsedMS returns d in milliseconds, to the microsecond, for the JSON
// log; tests replace it.
var elapsedMS = func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// logClock is the time of a JSON log line; tests replace it.
var logClock = time.Now

// applyFlags are the flags of strata apply.
type applyFlags struct {
	url, to, planFile, label    string
	autoApprove, dryRun, concur bool
	lockTimeout, stmtTimeout    time.Duration
	lockWait                    time.Duration
	allow                       stringList
	allowClass                  string
	allowBackward               bool
	phase                       *choice
	logFormat                   *choice
	lint                        lintFlags
	dev                         devURLFlag
}

func runApply(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("apply")
	f := applyFlags{
		phase:     &choice{allowed: []string{lint.Expand, lint.Contract}},
		logFormat: &choice{value: "text", allowed: []string{"text", "json"}},
	}
	fs.StringVar(&f.url, "url", "", "")
	fs.StringVar(&f.to, "to", "", "")
	fs.StringVar(&f.planFile, "plan", "", "")
	fs.StringVar(&f.label, "label", "", "")
	fs.BoolVar(&f.autoApprove, "auto-approve", false, "")
	fs.BoolVar(&f.dryRun, "dry-run", false, "")
	fs.BoolVar(&f.concur, "concurrently", false, "")
	fs.DurationVar(&f.lockTimeout, "lock-timeout", 0, "")
	fs.DurationVar(&f.stmtTimeout, "statement-timeout", 0, "")
	fs.DurationVar(&f.lockWait, "lock-wait", defaultLockWait, "")
	fs.Var(&f.allow, "allow", "")
	fs.StringVar(&f.allowClass, "allow-class", "", "")
	fs.BoolVar(&f.allowBackward, "allow-backward", false, "")
	fs.Var(f.phase, "phase", "")
	fs.Var(f.logFormat, "log-format", "")
	f.lint.register(fs)
	f.dev.register(fs)
	positional, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	log := newApplyLog(e, f.logFormat.value == "json")
	if err := runApplyFlags(ctx, e, &f, positional, log); err != nil {
		return log.fail(err)
	}
	return nil
}

// runApplyFlags does strata apply's work once the flags are parsed.
func runApplyFlags(ctx context.Context, e *env, f *applyFlags, positional []string, log *applyLog) error {
	switch {
	case len(positional) > 0:
		return &usageError{msg: fmt.Sprintf("unexpected argument %q: give the database with --url and the schema with --to", positional[0])}
	case f.url == "" || f.to == "":
		return &usageError{msg: "both --url URL and --to SRC are required"}
	case f.planFile != "" && f.phase.value != "":
		return &usageError{msg: "--plan FILE runs the plan as it is: leave out --phase (make a phase's plan with strata plan --phase)"}
	case f.lockTimeout < 0 || f.stmtTimeout < 0 || f.lockWait < 0:
		return &usageError{msg: "--lock-timeout, --statement-timeout and --lock-wait must not be negative"}
	}
	target, err := parseSource(f.url)
	if err != nil {
		return err
	}
	if target.url == "" {
		return &usageError{msg: fmt.Sprintf("--url %q is not a database URL: give a postgres:// or postgresql:// URL", f.url)}
	}
	e.secrets = append(e.secrets, target.secrets()...)
	allowCodes, allowClass, err := parseAllow(f.allow, f.allowClass) // rollback.go
	if err != nil {
		return err
	}
	if err := f.dev.check(e); err != nil {
		return err
	}
	lintOpts, failOn, err := f.lint.options(f.to)
	if err != nil {
		return err
	}
	if failOn == "" {
		failOn = string(lint.Error)
	}
	var reviewed *plan.Plan
	if f.planFile != "" {
		data, err := os.ReadFile(f.planFile)
		if err != nil {
			return fmt.Errorf("reading the plan: %w", err)
		}
		if reviewed, err = plan.ReadJSON(data); err != nil {
			return fmt.Errorf("%s: %w", f.planFile, err)
		}
	}

	src, err := parseSource(f.to)
	if err != nil {
		return err
	}
	e.secrets = append(e.secrets, src.secrets()...)
	src.dev = f.dev.url
	src.role = connectionRole(f.url) // the files are applied as that user
	desired, err := loadSource(ctx, src, nil, log)
	if err != nil {
		return err
	}

	conn, err := connect(ctx, f.url, "strata apply")
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	roles, err := inspect.Roles(ctx, conn)
	if err != nil {
		return interrupted(ctx, fmt.Errorf("reading the roles of the server: %w", err))
	}

	req := apply.Request{
		Desired:          desired,
		Plan:             reviewed,
		Label:            f.label,
		Kind:             apply.KindApply,
		Phase:            f.phase.value,
		LockWait:         f.lockWait,
		LockTimeout:      f.lockTimeout,
		StatementTimeout: f.stmtTimeout,
		PlanOptions:      plan.Options{Roles: roles, Concurrently: f.concur},
		DryRun:           f.dryRun,
		Version:          strataVersion(),
		Waiting:          log.waiting,
		Progress:         log.progress,
	}
	rv := &reviewer{
		e: e, conn: conn, opts: lintOpts, failOn: failOn, noData: f.lint.noData,
		allowCodes: allowCodes, allowClass: allowClass, autoApprove: f.autoApprove, dryRun: f.dryRun, log: log,
	}
	if !f.allowBackward {
		rv.backward = &backwardGuard{desired: schema.Fingerprint(desired), url: f.url}
	}
	req.Review = rv.review
	res, err := apply.Apply(ctx, conn, req)
	var se *apply.StepError
	switch {
	case err != nil && ctx.Err() != nil && errors.As(err, &se):
		return fmt.Errorf("interrupted: %w", err) // say which step was cancelled, and the state left
	case err != nil:
		return interrupted(ctx, err)
	}
	return log.result(res, f.dryRun)
}

// reviewer lints, shows and confirms a plan before strata apply runs it.
type reviewer struct {
	e           *env
	conn        *pgx.Conn
	opts        lint.Options
	failOn      string
	noData      bool
	allowCodes  []string
	allowClass  lint.Class // -1 when --allow-class is not given
	autoApprove bool
	dryRun      bool
	log         *applyLog
	// noSchemaFiles is true when there are no schema files to carry
	// "-- strata:allow" comments (strata rollback).
	noSchemaFiles bool
	// backward, when not nil, refuses a plan that drops data to go back
	// to an earlier recorded revision (see backwardGuard).
	backward *backwardGuard
}

// errNotConfirmed is returned when the user does not confirm the apply.
var errNotConfirmed = errors.New("not confirmed: nothing was changed")

// review is apply.Request.Review.
func (rv *reviewer) review(ctx context.Context, p *plan.Plan, _ *schema.Database) error {
	opts := rv.opts
	// Acknowledgements recorded in a reviewed plan artifact stay, as for
	// strata lint --plan.
	for _, f := range p.Findings {
		if f.Allowed != "" {
			opts.Allow = append(slices.Clip(opts.Allow), lint.Allowance{Code: f.Code, Object: f.Object, Reason: f.Allowed})
		}
	}
	r := lint.Check(p, opts)
	if !rv.noData && len(r.Findings) > 0 {
		if err := r.Probe(ctx, pgdata.New(rv.conn, 0)); err != nil {
			return fmt.Errorf("querying the rows of the database for lint: %w", err)
		}
	}
	for i, f := range r.Findings {
		if f.Allowed != "" {
			continue
		}
		switch {
		case slices.Contains(rv.allowCodes, f.Code):
			r.Findings[i].Allowed = "--allow " + f.Code
		case rv.allowClass >= 0 && f.Step < len(r.Steps) && r.Steps[f.Step].Class <= rv.allowClass:
			r.Findings[i].Allowed = "--allow-class " + rv.allowClass.String()
		}
	}
	lint.Annotate(p, r)
	if _, err := io.WriteString(rv.e.stdout, p.CommentedSQL()); err != nil {
		return fmt.Errorf("writing the plan: %w", err)
	}
	rv.log.plan(p, r)
	if rv.backward != nil {
		if err := rv.backward.check(ctx, rv.conn, r); err != nil {
			return err
		}
	}
	if blocked, codes := rv.blocking(r); len(blocked) > 0 {
		how := "--allow-class " + r.Class.String()
		if len(codes) > 0 {
			how = "--allow " + strings.Join(codes, ",") + " or " + how
		}
		if !rv.noSchemaFiles {
			how += " (or a \"-- strata:allow CODE reason\" comment in the schema)"
		}
		return fmt.Errorf("refusing to apply: %d item(s) reach the fail-on level %s and are not allowed:\n  %s\n"+
			"nothing was changed: after review, allow them with %s",
			len(blocked), rv.failOn, strings.Join(blocked, "\n  "), how)
	}
	if rv.dryRun || rv.autoApprove {
		return nil
	}
	in, ok := rv.e.stdin.(*os.File)
	if !ok || !isTerminal(in) {
		return errors.New("standard input is not a terminal, so the plan cannot be confirmed: nothing was changed; " +
			"review the plan (strata plan, or --dry-run) and run with --auto-approve")
	}
	fmt.Fprintf(rv.e.stderr, "Apply these %d step(s) to the database? Only \"yes\" is accepted: ", len(p.Steps))
	line, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && line == "" {
		return errNotConfirmed
	}
	if strings.TrimSpace(line) != "yes" {
		return errNotConfirmed
	}
	return nil
}

// blocking lists the findings (or, for a class level, the steps) that
// reach the fail-on level and are not allowed, and their codes.
func (rv *reviewer) blocking(r lint.Report) (lines, codes []string) {
	addCode := func(code string) {
		if !slices.Contains(codes, code) {
			codes = append(codes, code)
		}
	}
	if c, ok := lint.ParseClass(rv.failOn); ok {
		for i, s := range r.Steps {
			if s.Class < c || (rv.allowClass >= 0 && s.Class <= rv.allowClass) || r.AllAllowed(i) {
				continue
			}
			lines = append(lines, fmt.Sprintf("step %d: class %s", i+1, s.Class))
			for _, f := range r.Findings {
				if f.Step == i && f.Allowed == "" {
					addCode(f.Code)
				}
			}
		}
		return lines, codes
	}
	if !r.Fails(rv.failOn) {
		return nil, nil
	}
	min, _ := lint.ParseSeverity(rv.failOn)
	for _, f := range r.Findings {
		if f.Allowed == "" && lint.Severity(f.Severity).Rank() >= min.Rank() {
			lines = append(lines, fmt.Sprintf("step %d: %s %s %s: %s", f.Step+1, f.Code, f.Severity, f.Object, f.Message))
			addCode(f.Code)
		}
	}
	return lines, codes
}

// applyLog writes strata apply's progress on standard error, as text or
// as one JSON object per line, and its result on standard output.
type applyLog struct {
	e    *env
	json bool
	mu   sync.Mutex
}

func newApplyLog(e *env, asJSON bool) *applyLog { return &applyLog{e: e, json: asJSON} }

// event writes one JSON log line (fields in the order given) or, in text
// mode, the line text.
func (l *applyLog) event(text string, kv ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.json {
		if text != "" {
			fmt.Fprintln(l.e.stderr, l.e.scrub(text))
		}
		return
	}
	var b strings.Builder
	b.WriteString(`{"time":`)
	ts, _ := json.Marshal(logClock().UTC().Format(time.RFC3339Nano))
	b.Write(ts)
	for i := 0; i+1 < len(kv); i += 2 {
		v, err := json.Marshal(kv[i+1])
		if err != nil {
			v, _ = json.Marshal(fmt.Sprint(kv[i+1]))
		}
		fmt.Fprintf(&b, ",%q:%s", kv[i], l.e.scrub(string(v)))
	}
	b.WriteString("}\n")
	io.WriteString(l.e.stderr, b.String())
}

// Write takes the notes of reading the schema (statements skipped, views
// kept as written): as they are in text mode, as "note" events in JSON.
func (l *applyLog) Write(p []byte) (int, error) {
	if !l.json {
		l.mu.Lock()
		defer l.mu.Unlock()
		return l.e.stderr.Write(p)
	}
	for _, line := range strings.Split(strings.TrimRight(string(p), "\n"), "\n") {
		if line != "" {
			l.event("", "event", "note", "message", line)
		}
	}
	return len(p), nil
}

// waiting is apply.Request.Waiting.
func (l *applyLog) waiting(holder string) {
	if holder == "" {
		holder = "another session"
	}
	l.event("strata: another apply holds the lock of this database ("+holder+"); waiting for it",
		"event", "lock_wait", "holder", holder)
}

// progress is apply.Request.Progress.
func (l *applyLog) progress(ev apply.Event) {
	n := fmt.Sprintf("[%d/%d]", ev.Step, ev.Steps)
	switch {
	case !ev.Done:
		l.event(fmt.Sprintf("strata: %s %s %s ...", n, ev.Kind, ev.Object),
			"event", "step", "status", "started", "step", ev.Step, "steps", ev.Steps, "kind", ev.Kind, "object", ev.Object, "sql", ev.SQL)
	case ev.Err != nil:
		l.event(fmt.Sprintf("strata: %s %s %s failed after %s", n, ev.Kind, ev.Object, showElapsed(ev.Elapsed)),
			"event", "step", "status", "failed", "step", ev.Step, "steps", ev.Steps, "kind", ev.Kind, "object", ev.Object,
			"elapsed_ms", elapsedMS(ev.Elapsed), "error", ev.Err.Error())
	default:
		l.event(fmt.Sprintf("strata: %s %s %s done in %s", n, ev.Kind, ev.Object, showElapsed(ev.Elapsed)),
			"event", "step", "status", "done", "step", ev.Step, "steps", ev.Steps, "kind", ev.Kind, "object", ev.Object,
			"elapsed_ms", elapsedMS(ev.Elapsed))
	}
}

// plan logs the reviewed plan (JSON mode only: the text is on stdout).
func (l *applyLog) plan(p *plan.Plan, r lint.Report) {
	if !l.json {
		return
	}
	allowed := 0
	for _, f := range r.Findings {
		if f.Allowed != "" {
			allowed++
		}
	}
	l.event("", "event", "plan", "from", p.From, "to", p.To, "steps", len(p.Steps), "class", p.Class,
		"findings", len(r.Findings), "allowed", allowed)
}

// result reports what Apply did on standard output (and in the log).
func (l *applyLog) result(res *apply.Result, dryRun bool) error {
	if res.Waited > 0 {
		l.event("strata: waited "+showElapsed(res.Waited)+" for the other apply to finish",
			"event", "lock_acquired", "waited_ms", elapsedMS(res.Waited))
	}
	var msg string
	rev := res.Revision
	switch {
	case res.UpToDate:
		msg = "The database is up to date: nothing to do."
		if c := res.Current; c != nil {
			msg = fmt.Sprintf("The database is up to date: revision %d%s (%s) records it; nothing to do.", c.ID, labelNote(c.Label), c.Fingerprint)
			l.event("", "event", "up_to_date", "revision", c.ID, "label", c.Label, "fingerprint", c.Fingerprint)
		}
	case dryRun:
		msg = fmt.Sprintf("Dry run: %d step(s) planned; nothing was run or recorded.", len(res.Plan.Steps))
		l.event("", "event", "dry_run", "steps", len(res.Plan.Steps))
	case rev != nil:
		what := fmt.Sprintf("Applied %d step(s)", len(res.Plan.Steps))
		if len(res.Plan.Steps) == 0 {
			what = "The database already had the schema"
		}
		msg = fmt.Sprintf("%s; recorded revision %d%s (%s).", what, rev.ID, labelNote(rev.Label), rev.Fingerprint)
		l.event("", "event", "applied", "steps", len(res.Plan.Steps), "revision", rev.ID, "label", rev.Label,
			"fingerprint", rev.Fingerprint, "class", rev.Class)
	}
	if msg == "" {
		return nil
	}
	if _, err := fmt.Fprintln(l.e.stdout, msg); err != nil {
		return fmt.Errorf("writing the output: %w", err)
	}
	return nil
}

// labelNote returns ` "LABEL"` (with a leading space) or "".
func labelNote(label string) string {
	if label == "" {
		return ""
	}
	return fmt.Sprintf(" %q", label)
}

// reported is an error already written to the JSON log: Run exits 2
// without printing it again, so that standard error stays one JSON object
// per line.
type reported struct{ err error }

func (r *reported) Error() string { return r.err.Error() }
func (r *reported) Unwrap() error { return r.err }

// fail logs err as an "error" event in JSON mode and marks it reported; in
// text mode it returns err for Run to print.
func (l *applyLog) fail(err error) error {
	var ue *usageError
	if !l.json || errors.As(err, &ue) {
		return err
	}
	msg := err.Error()
	kv := []any{"event", "error", "message", msg}
	var se *apply.StepError
	if errors.As(err, &se) {
		kv = append(kv, "step", se.Step, "sql", se.SQL)
	}
	var de *apply.DriftError
	if errors.As(err, &de) {
		kv = append(kv, "plan_from", de.Want, "database", de.Got)
	}
	l.event("", kv...)
	return &reported{err: err}
}

// backwardGuard refuses an apply that goes back to the schema of an
// earlier revision and loses data on the way. With GitOps, redeploying an
// older release runs its hooks again, and a contract hook consents to
// MAJOR steps: without this guard it would drop the newer release's
// columns and tables, with their data, as if they were mistakes.
type backwardGuard struct {
	// desired is the fingerprint of the schema applied (--to).
	desired string
	// url is the database, for the suggested rollback command.
	url string
}

// check returns an error when r has destructive findings (allowed or not)
// and desired is the model of a revision older than the latest, which has
// another model.
func (g *backwardGuard) check(ctx context.Context, conn *pgx.Conn, r lint.Report) error {
	var lost []string
	for _, f := range r.Findings {
		if lint.Category(f.Category) == lint.Destructive { // only --allow-backward consents
			lost = append(lost, fmt.Sprintf("step %d: %s %s: %s", f.Step+1, f.Code, f.Object, f.Message))
		}
	}
	if len(lost) == 0 {
		return nil
	}
	revs, err := apply.History(ctx, conn)
	if err != nil {
		return err
	}
	if len(revs) == 0 || revs[0].Fingerprint == g.desired {
		return nil
	}
	for _, old := range revs[1:] {
		if old.Fingerprint != g.desired {
			continue
		}
		ref := strconv.FormatInt(old.ID, 10)
		if old.Label != "" {
			ref = old.Label
		}
		return fmt.Errorf("refusing to apply: the database is at revision %d%s and --to is the schema of revision %d%s, an earlier one; "+
			"going back this way loses data:\n  %s\nnothing was changed. To keep what the older release tolerates, run\n"+
			"  strata rollback --url %s --to %s --policy compatible\n"+
			"to go back exactly, run strata rollback --to %s, or apply again with --allow-backward",
			revs[0].ID, labelNote(revs[0].Label), old.ID, labelNote(old.Label), strings.Join(lost, "\n  "), g.url, ref, ref)
	}
	return nil
}
