package inspect

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/ddl"
)

// sideTx is a second connection to the inspected database whose READ ONLY
// REPEATABLE READ transaction imports the main transaction's snapshot
// (pg_export_snapshot / SET TRANSACTION SNAPSHOT, as pg_dump --jobs does),
// so that two catalog queries run on the server at the same time and still
// see exactly the same catalog.
type sideTx struct {
	conn *pgx.Conn
	tx   pgx.Tx
}

// openSide connects a second time with conn's configuration. It returns nil
// when that fails (a connection limit, a pooler that refuses): Live then
// runs every query on conn, one after the other.
func openSide(ctx context.Context, conn *pgx.Conn) *sideTx {
	c, err := pgx.ConnectConfig(ctx, conn.Config())
	if err != nil {
		return nil
	}
	return &sideTx{conn: c}
}

// start exports main's snapshot and begins the side transaction on it, with
// the same session settings.
func (s *sideTx) start(ctx context.Context, main pgx.Tx) error {
	var snapshot string
	if err := main.QueryRow(ctx, "SELECT pg_catalog.pg_export_snapshot()", pgx.QueryExecModeExec).Scan(&snapshot); err != nil {
		return fmt.Errorf("inspect: exporting the snapshot: %w", err)
	}
	tx, err := s.conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("inspect: starting the second read-only transaction: %w", err)
	}
	s.tx = tx
	if _, err := tx.Exec(ctx, "SET TRANSACTION SNAPSHOT "+ddl.QuoteLiteral(snapshot), pgx.QueryExecModeExec); err != nil {
		return fmt.Errorf("inspect: importing the snapshot: %w", err)
	}
	if _, err := setSession(ctx, tx); err != nil {
		return err
	}
	return nil
}

// close ends the side transaction and its connection.
func (s *sideTx) close(ctx context.Context) {
	if s == nil {
		return
	}
	if s.tx != nil {
		_ = s.tx.Rollback(ctx)
	}
	_ = s.conn.Close(ctx)
}
