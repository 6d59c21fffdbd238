package apply

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// DriftError is returned when a reviewed plan (Request.Plan) does not start
// from the live database: it changed since the plan was made. Nothing was
// changed.
type DriftError struct {
	// Want is the plan's From fingerprint.
	Want string
	// Got is the live database's fingerprint.
	Got string
}

// Error says that the database drifted and what to do.
func (e *DriftError) Error() string {
	return fmt.Sprintf("the database drifted since the plan was made: the plan starts from %s but the database is now %s; "+
		"nothing was changed: make and review a new plan (strata plan --from URL --to SRC --out FILE), or see what changed with strata drift",
		e.Want, e.Got)
}

// StepError is returned when a step of the plan fails. The transaction the
// step ran in (all the transactional steps of its batch) was rolled back;
// the steps committed before it stay applied (Committed), and the next plan
// starts from there.
type StepError struct {
	// Step is the step's number, from 1.
	Step int
	// Steps is the number of steps of the plan.
	Steps int
	// SQL is the statement that failed.
	SQL string
	// Object and Kind are the step's object and kind.
	Object, Kind string
	// Transactional is false for a step that ran outside a transaction
	// block (CREATE INDEX CONCURRENTLY may then leave an invalid index,
	// which the next plan drops and creates again).
	Transactional bool
	// Committed is the number of steps committed before the failure (0
	// when the database was left as it was).
	Committed int
	// Err is the PostgreSQL error (a *pgconn.PgError) or the error of the
	// connection.
	Err error
}

// Error names the step, its SQL and the PostgreSQL error, and says in
// what state the database was left.
func (e *StepError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "step %d of %d (%s %s) failed: %s\n  %s", e.Step, e.Steps, e.Kind, e.Object, e.SQL, describe(e.Err))
	switch {
	case !e.Transactional:
		before := "no step had run before it"
		if e.Committed > 0 {
			before = fmt.Sprintf("steps 1 to %d were committed before it and stay", e.Committed)
		}
		fmt.Fprintf(&b, "\nthe step ran outside a transaction; %s: "+
			"fix the cause and apply again, the next plan starts from there (and replaces an index it left invalid)", before)
	case e.Committed == 0:
		b.WriteString("\nits transaction was rolled back: the database is as it was before the apply")
	default:
		fmt.Fprintf(&b, "\nits transaction was rolled back; steps 1 to %d were committed before it and stay: "+
			"fix the cause and apply again, the next plan starts from there", e.Committed)
	}
	return b.String()
}

// Unwrap returns the PostgreSQL error.
func (e *StepError) Unwrap() error { return e.Err }

// describe prints a PostgreSQL error with its code, detail and hint.
func describe(err error) string {
	var pg *pgconn.PgError
	if !errors.As(err, &pg) {
		return err.Error()
	}
	s := fmt.Sprintf("%s: %s (SQLSTATE %s)", pg.Severity, pg.Message, pg.Code)
	if pg.Detail != "" {
		s += "\n  detail: " + pg.Detail
	}
	if pg.Hint != "" {
		s += "\n  hint: " + pg.Hint
	}
	return s
}

// ConvergenceError is returned when the plan ran but the database does not
// have the desired model afterwards. Nothing was recorded.
type ConvergenceError struct {
	// Want is the desired fingerprint, Got the database's after the plan.
	Want, Got string
	// Remaining are the differences left (diff.Change strings).
	Remaining []string
}

// Error lists the differences left (the first 20).
func (e *ConvergenceError) Error() string {
	const max = 20
	list := e.Remaining
	more := ""
	if len(list) > max {
		more = fmt.Sprintf("\n  ... and %d more", len(list)-max)
		list = list[:max]
	}
	return fmt.Sprintf("after the plan the database does not match the desired schema (%s, wanted %s); no revision was recorded. "+
		"Either the schema files hold something Strata reads differently from PostgreSQL (a view query kept as written: read the files with --dev-url) "+
		"or this is a bug in Strata's plan: please report it with the schema. Differences left:\n  %s%s",
		e.Got, e.Want, strings.Join(list, "\n  "), more)
}

// LockError is returned when the advisory lock could not be taken within
// Request.LockWait: another apply held it all that time.
type LockError struct {
	// Waited is how long Apply waited.
	Waited time.Duration
	// Holder describes the session that holds the lock ("" if unknown).
	Holder string
}

// Error names the session holding the lock and how long Apply waited.
func (e *LockError) Error() string {
	holder := "another session"
	if e.Holder != "" {
		holder = e.Holder
	}
	return fmt.Sprintf("another apply is running on this database: the lock (pg_advisory_lock(%d)) is held by %s; gave up after waiting %s: "+
		"wait for it to finish, or raise the lock wait", LockKey, holder, e.Waited.Round(time.Millisecond))
}
