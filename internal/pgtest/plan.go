package pgtest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// ExecPlanSteps runs the steps of a plan on db in order, the way applying a
// plan does: consecutive steps whose transactional[i] is true run together in
// one transaction, and each step that is not transactional (CREATE INDEX
// CONCURRENTLY, for example) runs on its own, outside any transaction. The
// first failing step fails the test with its number, its SQL and the
// server's error; the transaction it was part of is rolled back.
// transactional must be as long as steps.
func ExecPlanSteps(tb testing.TB, db *DB, steps []string, transactional []bool) {
	tb.Helper()
	if len(steps) != len(transactional) {
		tb.Fatalf("pgtest: ExecPlanSteps: %d steps but %d transactional flags", len(steps), len(transactional))
	}
	if err := execPlanSteps(context.Background(), db.Conn, steps, transactional, 0); err != nil {
		tb.Fatalf("pgtest: executing the plan on %s: %v", db.Name, err)
	}
}

// ExecPlanStepsInBatches is ExecPlanSteps with at most batch steps per
// transaction (batch > 0). It is for plans too large for one transaction:
// a plan that creates a whole large schema takes more locks than the
// server's lock table holds (max_locks_per_transaction).
func ExecPlanStepsInBatches(tb testing.TB, db *DB, steps []string, transactional []bool, batch int) {
	tb.Helper()
	if len(steps) != len(transactional) {
		tb.Fatalf("pgtest: ExecPlanStepsInBatches: %d steps but %d transactional flags", len(steps), len(transactional))
	}
	if batch <= 0 {
		tb.Fatalf("pgtest: ExecPlanStepsInBatches: batch must be positive, got %d", batch)
	}
	if err := execPlanSteps(context.Background(), db.Conn, steps, transactional, batch); err != nil {
		tb.Fatalf("pgtest: executing the plan on %s: %v", db.Name, err)
	}
}

// execPlanSteps does the work of ExecPlanSteps and returns the first error.
// batch > 0 limits the steps of one transaction.
func execPlanSteps(ctx context.Context, conn *pgx.Conn, steps []string, transactional []bool, batch int) error {
	for i := 0; i < len(steps); {
		if !transactional[i] {
			if _, err := conn.Exec(ctx, steps[i]); err != nil {
				return stepError(i, len(steps), steps[i], err)
			}
			i++
			continue
		}
		end := i
		for end < len(steps) && transactional[end] && (batch <= 0 || end-i < batch) {
			end++
		}
		if err := execInTransaction(ctx, conn, steps, i, end); err != nil {
			return err
		}
		i = end
	}
	return nil
}

// execInTransaction runs steps[from:to] in one transaction.
func execInTransaction(ctx context.Context, conn *pgx.Conn, steps []string, from, to int) error {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("beginning the transaction of steps %d to %d: %w", from+1, to, err)
	}
	defer tx.Rollback(ctx) // a no-op after Commit; an error here is the one already returned
	for i := from; i < to; i++ {
		if _, err := tx.Exec(ctx, steps[i]); err != nil {
			return stepError(i, len(steps), steps[i], err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("committing steps %d to %d: %w", from+1, to, err)
	}
	return nil
}

// stepError says which step failed, with its SQL and the server's error
// code when there is one.
func stepError(i, n int, sql string, err error) error {
	code := ""
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		code = " (SQLSTATE " + pgErr.Code + ")"
	}
	return fmt.Errorf("step %d of %d failed%s:\n    %s\n%w", i+1, n, code, strings.ReplaceAll(sql, "\n", "\n    "), err)
}
