package apply

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
)

// TestStepErrorMessage checks that a step error names the step, its SQL,
// the PostgreSQL error with its detail and hint, and the state the
// database was left in, for each kind of failure.
func TestStepErrorMessage(t *testing.T) {
	pg := &pgconn.PgError{Severity: "ERROR", Code: "23514", Message: `check constraint "c" is violated by some row`, Detail: "Failing row contains (2).", Hint: "fix the rows"}
	for _, tc := range []struct {
		name string
		err  *StepError
		want []string
	}{
		{"first transaction", &StepError{Step: 2, Steps: 3, SQL: "ALTER TABLE t ADD CHECK (a > 0)", Object: "public.t.c", Kind: "add check", Transactional: true, Err: pg},
			[]string{"step 2 of 3 (add check public.t.c) failed: ALTER TABLE t ADD CHECK (a > 0)", "ERROR: check constraint", "(SQLSTATE 23514)",
				"detail: Failing row contains (2).", "hint: fix the rows", "the database is as it was before the apply"}},
		{"later batch", &StepError{Step: 7, Steps: 9, SQL: "CREATE TABLE x ()", Transactional: true, Committed: 5, Err: pg},
			[]string{"step 7 of 9", "steps 1 to 5 were committed before it and stay", "the next plan starts from there"}},
		{"not transactional", &StepError{Step: 3, Steps: 3, SQL: "CREATE INDEX CONCURRENTLY i ON t (a)", Committed: 2, Err: pg},
			[]string{"outside a transaction", "steps 1 to 2 were committed", "replaces an index it left invalid"}},
		{"not transactional first", &StepError{Step: 1, Steps: 3, SQL: "CREATE INDEX CONCURRENTLY i ON t (a)", Err: errors.New("connection reset")},
			[]string{"outside a transaction; no step had run before it", "connection reset"}},
	} {
		msg := tc.err.Error()
		for _, w := range tc.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: the message lacks %q:\n%s", tc.name, w, msg)
			}
		}
		var got *pgconn.PgError
		if errors.As(tc.err, &got) != (tc.err.Err == error(pg)) {
			t.Errorf("%s: errors.As to *pgconn.PgError = %v", tc.name, got)
		}
	}
}

// TestConvergenceErrorMessage keeps the list of differences short.
func TestConvergenceErrorMessage(t *testing.T) {
	e := &ConvergenceError{Want: "sha256:a", Got: "sha256:b"}
	for i := range 25 {
		e.Remaining = append(e.Remaining, fmt.Sprintf("add table public.t%d", i))
	}
	msg := e.Error()
	if !strings.Contains(msg, "add table public.t19") || strings.Contains(msg, "public.t20") || !strings.Contains(msg, "... and 5 more") {
		t.Errorf("the message does not list the first 20 differences and count the rest:\n%s", msg)
	}
}
