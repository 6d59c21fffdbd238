package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/stratadb/strata/apply"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/lint"
	"github.com/stratadb/strata/plan"
)

// Rollback policies (--policy).
const (
	// policyExact restores the recorded model as it is.
	policyExact = "exact"
	// policyCompatible keeps what the older version tolerates (see
	// apply.Compatible).
	policyCompatible = "compatible"
)

var rollbackCommand = &command{
	name:    "rollback",
	summary: "bring a database back to a recorded revision, from its history",
	usage: `Usage: strata rollback --url URL --to LABEL|REVISION [--policy exact|compatible] [--auto-approve]
                       [--label TEXT] [--allow CODE,...] [--allow-class CLASS] [--dry-run]
                       [--lock-timeout D] [--statement-timeout D] [--lock-wait D] [--log-format text|json]

Brings the database at URL back to the schema of an earlier revision that
strata apply recorded in it (see strata history): no file of the old
release is needed, the full model is in strata.revisions. The plan goes
from the live database to that model and runs exactly as strata apply
runs a plan: under the advisory lock, shown with lint's findings, refused
when findings reach the fail-on level unless allowed (a rollback that
loses data needs explicit consent), confirmed on a terminal or with
--auto-approve, step by step with progress on standard error. The result
is recorded as a revision of kind "rollback".

Policies:
  exact       (default) restore the recorded schema as it was: whatever was
              added since is dropped, with its data
  compatible  restore only what breaks the older application and keep what
              it tolerates because it never knew it: new tables, views,
              functions, types, sequences and schemas; new nullable columns
              and columns with a default (a new NOT NULL column without one
              is kept but made nullable); new non-unique indexes; enum
              values added at the end; permissive policies and triggers.
              New constraints, unique indexes, restrictive policies and rules
              on the tables the older version knows are undone, and
              everything else that changed is restored. What is kept is
              listed, one line each, before the plan. No data is dropped
              unless the older schema itself requires it

Flags:
  --url URL               the database (required)
  --to LABEL|REVISION     the revision to go back to: its number, or a label
                          (the latest revision with that label) (required)
  --policy POLICY         exact (default) or compatible
  --label TEXT            label of the rollback's revision (default: the
                          label of the revision restored with exact, none
                          with compatible, whose schema is not that
                          revision's)
  --auto-approve, --allow CODE,..., --allow-class CLASS, --dry-run,
  --lock-timeout D, --statement-timeout D, --lock-wait D,
  --log-format FORMAT, --concurrently,
  --lint-config FILE, --disable CODE, --severity CODE=LEVEL, --no-data
                          as for strata apply

Exit status: 0 when the database has the revision's schema (or the
compatible one), 2 on any error: no such revision, refused by lint, not
confirmed, a failing step.

Examples:
  strata history --url postgres://deploy@db:5432/app
  strata rollback --url postgres://deploy@db:5432/app --to v41 --policy compatible --auto-approve
  strata rollback --url postgres://deploy@db:5432/app --to 7 --allow-class MAJOR --auto-approve
`,
	run: runRollback,
}

// rollbackFlags are the flags of strata rollback.
type rollbackFlags struct {
	url, to, label                 string
	policy, logFormat              *choice
	autoApprove, dryRun, concur    bool
	lockTimeout, stmtTimeout, wait time.Duration
	allow                          stringList
	allowClass                     string
	lint                           lintFlags
}

func runRollback(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("rollback")
	f := rollbackFlags{
		policy:    &choice{value: policyExact, allowed: []string{policyExact, policyCompatible}},
		logFormat: &choice{value: "text", allowed: []string{"text", "json"}},
	}
	fs.StringVar(&f.url, "url", "", "")
	fs.StringVar(&f.to, "to", "", "")
	fs.StringVar(&f.label, "label", "", "")
	fs.Var(f.policy, "policy", "")
	fs.BoolVar(&f.autoApprove, "auto-approve", false, "")
	fs.BoolVar(&f.dryRun, "dry-run", false, "")
	fs.BoolVar(&f.concur, "concurrently", false, "")
	fs.DurationVar(&f.lockTimeout, "lock-timeout", 0, "")
	fs.DurationVar(&f.stmtTimeout, "statement-timeout", 0, "")
	fs.DurationVar(&f.wait, "lock-wait", defaultLockWait, "")
	fs.Var(&f.allow, "allow", "")
	fs.StringVar(&f.allowClass, "allow-class", "", "")
	fs.Var(f.logFormat, "log-format", "")
	f.lint.register(fs)
	positional, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	log := newApplyLog(e, f.logFormat.value == "json")
	if err := rollback(ctx, e, &f, positional, log); err != nil {
		return log.fail(err)
	}
	return nil
}

// rollback does strata rollback's work once the flags are parsed.
func rollback(ctx context.Context, e *env, f *rollbackFlags, positional []string, log *applyLog) error {
	switch {
	case len(positional) > 0:
		return &usageError{msg: fmt.Sprintf("unexpected argument %q: give the database with --url and the revision with --to", positional[0])}
	case f.to == "":
		return &usageError{msg: "--to LABEL|REVISION is required: the revision to go back to (see strata history)"}
	case f.lockTimeout < 0 || f.stmtTimeout < 0 || f.wait < 0:
		return &usageError{msg: "--lock-timeout, --statement-timeout and --lock-wait must not be negative"}
	}
	dbURL, err := targetURL(e, "url", f.url)
	if err != nil {
		return err
	}
	allowCodes, allowClass, err := parseAllow(f.allow, f.allowClass)
	if err != nil {
		return err
	}
	lintOpts, failOn, err := f.lint.options("")
	if err != nil {
		return err
	}
	if failOn == "" {
		failOn = string(lint.Error)
	}

	conn, err := connect(ctx, dbURL, "strata rollback")
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	rev, err := apply.Find(ctx, conn, f.to)
	if err != nil {
		return interrupted(ctx, fmt.Errorf("rollback --to %s: %w", f.to, err))
	}
	desired, label := rev.Model, f.label
	header := fmt.Sprintf("Rolling back to %s, policy %s.", describeRevision(rev), f.policy.value)
	// Apply inspects again under the advisory lock; Compatible and
	// ColumnOrder are idempotent (applied to their own result they change
	// nothing), so an apply that finished in between leaves the same
	// target.
	live, err := apply.Inspect(ctx, conn)
	if err != nil {
		return interrupted(ctx, err)
	}
	// Columns a newer version dropped from the middle of a table come
	// back at the end: the only place PostgreSQL can add them.
	desired, moved := apply.ColumnOrder(live, rev.Model)
	if len(moved) > 0 {
		header += fmt.Sprintf("\nColumns restored in another place than recorded (%d table(s)):\n", len(moved))
		for _, m := range moved {
			header += "  " + m + "\n"
		}
		header = strings.TrimSuffix(header, "\n")
	}
	if f.policy.value == policyCompatible {
		target, kept := apply.Compatible(live, rev.Model)
		desired = target
		var b strings.Builder
		b.WriteString(header)
		if len(kept) == 0 {
			b.WriteString("\nNothing is kept from the live database: the target is the recorded schema.\n")
		} else {
			fmt.Fprintf(&b, "\nKept from the live database, which the older version tolerates (%d):\n", len(kept))
			for _, k := range kept {
				b.WriteString("  " + k + "\n")
			}
		}
		header = b.String()
		log.event("", "event", "rollback", "revision", rev.ID, "label", rev.Label, "policy", f.policy.value, "kept", kept)
	} else {
		header += "\n"
		if label == "" {
			label = rev.Label
		}
		log.event("", "event", "rollback", "revision", rev.ID, "label", rev.Label, "policy", f.policy.value)
	}
	if _, err := fmt.Fprint(e.stdout, header); err != nil {
		return fmt.Errorf("writing the output: %w", err)
	}

	roles, err := inspect.Roles(ctx, conn)
	if err != nil {
		return interrupted(ctx, fmt.Errorf("reading the roles of the server: %w", err))
	}
	rv := &reviewer{
		e: e, conn: conn, opts: lintOpts, failOn: failOn, noData: f.lint.noData,
		allowCodes: allowCodes, allowClass: allowClass, autoApprove: f.autoApprove, dryRun: f.dryRun, log: log,
		noSchemaFiles: true,
	}
	res, err := apply.Apply(ctx, conn, apply.Request{
		Desired:          desired,
		Label:            label,
		Kind:             apply.KindRollback,
		LockWait:         f.wait,
		LockTimeout:      f.lockTimeout,
		StatementTimeout: f.stmtTimeout,
		PlanOptions:      plan.Options{Roles: roles, Concurrently: f.concur},
		Review:           rv.review,
		Progress:         log.progress,
		Waiting:          log.waiting,
		DryRun:           f.dryRun,
		Version:          strataVersion(),
	})
	if err != nil {
		return interrupted(ctx, err)
	}
	return log.result(res, f.dryRun)
}

// parseAllow checks the --allow codes (comma-separated, repeatable) and
// the --allow-class class; the class is -1 when not given.
func parseAllow(allow stringList, class string) ([]string, lint.Class, error) {
	allowClass := lint.Class(-1)
	if class != "" {
		c, ok := lint.ParseClass(strings.ToUpper(class))
		if !ok {
			return nil, 0, &usageError{msg: fmt.Sprintf("--allow-class %q: give PATCH, MINOR or MAJOR", class)}
		}
		allowClass = c
	}
	var codes []string
	for _, list := range allow {
		for _, code := range strings.Split(list, ",") {
			code = strings.TrimSpace(code)
			if err := lint.CheckCode(code); err != nil {
				return nil, 0, &usageError{msg: "--allow: " + err.Error()}
			}
			codes = append(codes, code)
		}
	}
	return codes, allowClass, nil
}
