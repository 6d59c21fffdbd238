// Package pgdata answers lint's questions about rows (lint.Data) from a
// live PostgreSQL database. Every question runs in its own READ ONLY
// transaction with a statement timeout, counts are bounded by a LIMIT in a
// subquery, and nothing is ever written.
package pgdata

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// DefaultTimeout is the statement timeout of every query when New is given
// none.
const DefaultTimeout = 5 * time.Second

// DB implements lint.Data on a connection.
type DB struct {
	conn    *pgx.Conn
	timeout time.Duration
}

// New returns a DB that asks conn, each statement bounded by timeout
// (DefaultTimeout when zero or less).
func New(conn *pgx.Conn, timeout time.Duration) *DB {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &DB{conn: conn, timeout: timeout}
}

// queryRow runs one read-only query and scans its single row into dest.
func (d *DB) queryRow(ctx context.Context, sql string, args []any, dest ...any) error {
	tx, err := d.conn.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, fmt.Sprintf("SET LOCAL statement_timeout = %d", d.timeout.Milliseconds())); err != nil {
		return err
	}
	return tx.QueryRow(ctx, sql, args...).Scan(dest...)
}

func ident(q schema.QName) string { return pgx.Identifier{q.Schema, q.Name}.Sanitize() }

func column(c string) string { return pgx.Identifier{c}.Sanitize() }

// Size returns the planner's row estimate (pg_class.reltuples, -1 when
// never analyzed), the total relation size, and whether the table has no
// row (an exact EXISTS).
func (d *DB) Size(ctx context.Context, t schema.QName) (rows, bytes int64, empty bool, err error) {
	var exists bool
	var est float64
	err = d.queryRow(ctx,
		`SELECT c.reltuples::float8, pg_total_relation_size(c.oid), EXISTS (SELECT 1 FROM `+ident(t)+`)
		   FROM pg_catalog.pg_class c WHERE c.oid = $1::regclass`,
		[]any{ident(t)}, &est, &bytes, &exists)
	if err != nil {
		return 0, 0, false, err
	}
	return int64(est), bytes, !exists, nil
}

// Nulls counts the rows whose column is NULL, up to limit.
func (d *DB) Nulls(ctx context.Context, t schema.QName, c string, limit int64) (int64, error) {
	var n int64
	err := d.queryRow(ctx,
		`SELECT count(*) FROM (SELECT 1 FROM `+ident(t)+` WHERE `+column(c)+` IS NULL LIMIT $1) s`,
		[]any{limit}, &n)
	return n, err
}

// Duplicates counts the groups of rows sharing the same non-NULL values of
// columns, up to limit, and with nulls the rows with a NULL in one of them.
func (d *DB) Duplicates(ctx context.Context, t schema.QName, columns []string, nulls bool, limit int64) (dups, nullRows int64, err error) {
	cols := make([]string, len(columns))
	isNull := make([]string, len(columns))
	notNull := make([]string, len(columns))
	for i, c := range columns {
		cols[i] = column(c)
		isNull[i] = column(c) + " IS NULL"
		notNull[i] = column(c) + " IS NOT NULL"
	}
	err = d.queryRow(ctx,
		`SELECT count(*) FROM (SELECT 1 FROM `+ident(t)+` WHERE `+strings.Join(notNull, " AND ")+
			` GROUP BY `+strings.Join(cols, ", ")+` HAVING count(*) > 1 LIMIT $1) s`,
		[]any{limit}, &dups)
	if err != nil || !nulls {
		return dups, 0, err
	}
	err = d.queryRow(ctx,
		`SELECT count(*) FROM (SELECT 1 FROM `+ident(t)+` WHERE `+strings.Join(isNull, " OR ")+` LIMIT $1) s`,
		[]any{limit}, &nullRows)
	return dups, nullRows, err
}

// CheckViolations counts the rows for which expr is false (NULL passes a
// check, as in PostgreSQL), up to limit. expr is the check's canonical
// expression from the schema model; it runs in a read-only transaction.
func (d *DB) CheckViolations(ctx context.Context, t schema.QName, expr string, limit int64) (int64, error) {
	var n int64
	err := d.queryRow(ctx,
		`SELECT count(*) FROM (SELECT 1 FROM `+ident(t)+` WHERE NOT (`+expr+`) LIMIT $1) s`,
		[]any{limit}, &n)
	return n, err
}

// Orphans counts the rows whose columns are all non-NULL and have no
// matching row in ref (MATCH SIMPLE), up to limit.
func (d *DB) Orphans(ctx context.Context, t schema.QName, columns []string, ref schema.QName, refColumns []string, limit int64) (int64, error) {
	notNull := make([]string, len(columns))
	match := make([]string, len(columns))
	for i, c := range columns {
		notNull[i] = "c." + column(c) + " IS NOT NULL"
		match[i] = "r." + column(refColumns[i]) + " = c." + column(c)
	}
	var n int64
	err := d.queryRow(ctx,
		`SELECT count(*) FROM (SELECT 1 FROM `+ident(t)+` c WHERE `+strings.Join(notNull, " AND ")+
			` AND NOT EXISTS (SELECT 1 FROM `+ident(ref)+` r WHERE `+strings.Join(match, " AND ")+`) LIMIT $1) s`,
		[]any{limit}, &n)
	return n, err
}
