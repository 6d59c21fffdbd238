package apply

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// lock takes the advisory lock on conn's session, waiting at most wait
// (without bound when wait is 0). busy, when not nil, is called once with a
// description of the holder when the lock is not free at once. It returns
// how long it waited.
func lock(ctx context.Context, conn *pgx.Conn, wait time.Duration, busy func(holder string)) (time.Duration, error) {
	var ok bool
	if err := conn.QueryRow(ctx, tryLockSQL, LockKey).Scan(&ok); err != nil {
		return 0, fmt.Errorf("taking the advisory lock: %w", err)
	}
	if ok {
		return 0, nil
	}
	start := time.Now()
	if busy != nil {
		busy(holder(ctx, conn))
	}
	// lock_timeout bounds the wait; SET LOCAL keeps it to this
	// transaction, while the lock itself belongs to the session and stays
	// after the commit.
	tx, err := conn.Begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("taking the advisory lock: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	ms := "0"
	if wait > 0 {
		ms = strconv.FormatInt(max(wait.Milliseconds(), 1), 10)
	}
	if _, err := tx.Exec(ctx, "SELECT pg_catalog.set_config('lock_timeout', $1, true)", ms); err != nil {
		return 0, fmt.Errorf("taking the advisory lock: %w", err)
	}
	if _, err := tx.Exec(ctx, lockSQL, LockKey); err != nil {
		waited := time.Since(start)
		var pg *pgconn.PgError
		if errors.As(err, &pg) && pg.Code == "55P03" { // lock_not_available
			_ = tx.Rollback(ctx) // before asking who holds the lock
			return waited, &LockError{Waited: waited, Holder: holder(ctx, conn)}
		}
		if ctx.Err() != nil {
			return waited, fmt.Errorf("waiting for the advisory lock: %w", ctx.Err())
		}
		return waited, fmt.Errorf("waiting for the advisory lock: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return time.Since(start), fmt.Errorf("taking the advisory lock: %w", err)
	}
	return time.Since(start), nil
}

// unlock releases the advisory lock. A closed connection has released it
// already.
func unlock(ctx context.Context, conn *pgx.Conn) {
	if conn.IsClosed() {
		return
	}
	_, _ = conn.Exec(ctx, unlockSQL, LockKey)
}

// holder describes the session that holds the advisory lock, e.g. "pid
// 4242 (strata apply, user deploy from 10.0.0.7, connected at
// 2026-11-22T04:10:00Z)"; "" when it cannot be told.
func holder(ctx context.Context, conn *pgx.Conn) string {
	var pid int32
	var app, usr, host string
	var since time.Time
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := conn.QueryRow(ctx, lockHolderSQL, LockKey).Scan(&pid, &app, &usr, &host, &since); err != nil {
		return ""
	}
	if app == "" {
		app = "no application_name"
	}
	return fmt.Sprintf("pid %d (%s, user %s from %s, connected at %s)", pid, app, usr, host, since.UTC().Format(time.RFC3339))
}
