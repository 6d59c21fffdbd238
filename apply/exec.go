package apply

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/stratadb/strata/plan"
)

// DefaultBatch is the largest number of transactional steps run in one
// transaction when Request.Batch is 0. A plan that creates or changes
// thousands of objects takes a lock per object, more than the server's
// lock table holds (max_locks_per_transaction); batching keeps each
// transaction within it. When a step of a later batch fails, the earlier
// batches stay committed: the next plan converges from there.
const DefaultBatch = 500

// runner executes the steps of a plan on one connection.
type runner struct {
	conn     *pgx.Conn
	p        *plan.Plan
	batch    int
	settings [][2]string // name, value of lock_timeout / statement_timeout
	progress func(Event)
	// committed counts the steps committed so far.
	committed int
}

// newRunner prepares the execution of p.
func newRunner(conn *pgx.Conn, p *plan.Plan, req *Request) *runner {
	r := &runner{conn: conn, p: p, batch: req.Batch, progress: req.Progress}
	if r.batch <= 0 {
		r.batch = DefaultBatch
	}
	for _, s := range []struct {
		name string
		d    time.Duration
	}{{"lock_timeout", req.LockTimeout}, {"statement_timeout", req.StatementTimeout}} {
		if s.d > 0 {
			r.settings = append(r.settings, [2]string{s.name, strconv.FormatInt(max(s.d.Milliseconds(), 1), 10)})
		}
	}
	return r
}

// run executes every step: consecutive transactional steps together in one
// transaction (at most batch of them), each other step on its own.
func (r *runner) run(ctx context.Context) error {
	steps := r.p.Steps
	for i := 0; i < len(steps); {
		if !steps[i].Transactional {
			if err := r.alone(ctx, i); err != nil {
				return err
			}
			r.committed++
			i++
			continue
		}
		end := i
		for end < len(steps) && steps[end].Transactional && end-i < r.batch {
			end++
		}
		if err := r.transaction(ctx, i, end); err != nil {
			return err
		}
		r.committed = end
		i = end
	}
	return nil
}

// transaction runs steps [from, to) in one transaction.
func (r *runner) transaction(ctx context.Context, from, to int) error {
	tx, err := r.conn.Begin(ctx)
	if err != nil {
		return r.fail(from, fmt.Errorf("beginning the transaction: %w", err))
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) // a no-op after Commit
	for i := from; i < to; i++ {
		if err := r.step(ctx, tx, i, true); err != nil {
			return err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return r.fail(to-1, fmt.Errorf("committing the transaction of steps %d to %d: %w", from+1, to, err))
	}
	return nil
}

// alone runs the non-transactional step i outside any transaction block,
// with the timeouts set for the session and reset afterwards.
func (r *runner) alone(ctx context.Context, i int) error {
	err := r.step(ctx, r.conn, i, false)
	if len(r.settings) > 0 && !r.conn.IsClosed() {
		if _, rerr := r.conn.Exec(context.WithoutCancel(ctx), "RESET lock_timeout; RESET statement_timeout", pgx.QueryExecModeSimpleProtocol); rerr != nil && err == nil {
			err = r.fail(i, fmt.Errorf("resetting the timeouts after the step: %w", rerr))
		}
	}
	return err
}

// execer is a connection or a transaction.
type execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// step runs step i on ex, after setting the timeouts (local to the
// transaction when local).
func (r *runner) step(ctx context.Context, ex execer, i int, local bool) error {
	s := r.p.Steps[i]
	ev := Event{Step: i + 1, Steps: len(r.p.Steps), SQL: s.SQL, Object: s.Object, Kind: s.Kind}
	if r.progress != nil {
		r.progress(ev)
	}
	start := time.Now()
	var err error
	for _, set := range r.settings {
		if _, err = ex.Exec(ctx, "SELECT pg_catalog.set_config($1, $2, $3)", set[0], set[1], local); err != nil {
			err = fmt.Errorf("setting %s: %w", set[0], err)
			break
		}
	}
	if err == nil {
		_, err = ex.Exec(ctx, s.SQL, pgx.QueryExecModeSimpleProtocol)
	}
	ev.Done, ev.Elapsed, ev.Err = true, time.Since(start), err
	if r.progress != nil {
		r.progress(ev)
	}
	if err != nil {
		if ctx.Err() != nil {
			err = fmt.Errorf("%w (the statement was cancelled)", ctx.Err())
		}
		return r.fail(i, err)
	}
	return nil
}

// fail returns the StepError of step i.
func (r *runner) fail(i int, err error) error {
	s := r.p.Steps[i]
	return &StepError{Step: i + 1, Steps: len(r.p.Steps), SQL: s.SQL, Object: s.Object, Kind: s.Kind, Transactional: s.Transactional, Committed: r.committed, Err: err}
}
