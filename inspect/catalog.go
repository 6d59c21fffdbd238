package inspect

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// catalogRows is everything the catalog queries returned, before PostgreSQL's
// printed DDL is converted into model values.
type catalogRows struct {
	db         *schema.Database // schemas, extensions, enums and sequences, complete
	tables     []*tableRow
	tableByOID map[uint32]*tableRow
	grants     *grantRows // privileges, attached last (attachGrants)
	views      *viewRows  // views, materialized views and rules (assembleViews)
	// defs shares constraint and index conversions between tables.
	defs *defCache
}

// reader runs the named catalog queries inside the inspection transaction.
type reader struct {
	ctx   context.Context
	tx    pgx.Tx
	major int
	args  []any // $1 included schemas, $2 excluded schemas
	// pool converts printed DDL while later queries run; nil reads only.
	pool *pool
}

// each runs the named query and calls scan once per row.
func (r *reader) each(name string, scan func(pgx.Rows) error) error {
	sql, err := query(name, r.major)
	if err != nil {
		return fmt.Errorf("inspect: %w", err)
	}
	// QueryExecModeExec uses the unnamed statement: nothing stays prepared
	// on the caller's connection.
	args := append([]any{pgx.QueryExecModeExec}, r.args...)
	rows, err := r.tx.Query(r.ctx, sql, args...)
	if err != nil {
		return fmt.Errorf("inspect: querying %s: %w", name, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("inspect: reading %s: %w", name, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("inspect: querying %s: %w", name, err)
	}
	return nil
}

// readCatalog sets the session state and runs every catalog query once.
// The constraints and indexes queries, the most expensive ones, run on side
// when it is not nil: a second transaction that shares tx's snapshot (see
// openSide), so that the server computes them while tx runs the others.
// (Moving the functions query there too made GitLab's inspection slower:
// the side transaction then took longer than the main one.) Conversion
// jobs go to p as soon as their rows are complete (p may be nil: then
// nothing is converted); constraints and indexes are handed to p as soon
// as both their rows and every table's columns are there, while tx still
// runs the remaining queries.
func readCatalog(ctx context.Context, tx pgx.Tx, side *sideTx, opts Options, p *pool) (*catalogRows, error) {
	major, err := setSession(ctx, tx)
	if err != nil {
		return nil, err
	}
	include, exclude := opts.Schemas, opts.ExcludeSchemas
	if include == nil {
		include = []string{}
	}
	if exclude == nil {
		exclude = []string{}
	}
	r := &reader{ctx: ctx, tx: tx, major: major, args: []any{include, exclude}, pool: p}
	cat := &catalogRows{db: &schema.Database{}, defs: &defCache{}}

	// columns carries one value: true once every table has all its columns
	// (the late rows may then be attached), false when reading them failed.
	columns := make(chan bool, 1)
	late := make(chan error, 1)
	if side != nil {
		if err := side.start(ctx, tx); err != nil {
			return nil, err
		}
		sr := &reader{ctx: ctx, tx: side.tx, major: major, args: r.args, pool: p}
		go func() { late <- readLate(sr, cat, p, columns) }()
	}
	fail := func(err error) (*catalogRows, error) {
		if side != nil {
			<-late // the side transaction must be done with tx's snapshot
		}
		return nil, err
	}
	for _, step := range []func(*reader, *catalogRows) error{
		readSchemas, readExtensions, readEnums, readSequences, readTables, readColumns,
	} {
		if err := step(r, cat); err != nil {
			columns <- false
			return fail(err)
		}
	}
	columns <- true
	for _, step := range []func(*reader, *catalogRows) error{
		readUserTypes,
		readPolicies, readTriggers, readEventTriggers,
		readFunctions,
		readGrants, readDefaultPrivileges,
		readViews,
		readForeign,
		readStatistics,
		readOpClasses,
	} {
		if err := step(r, cat); err != nil {
			return fail(err)
		}
	}
	if side != nil {
		err = <-late
	} else {
		err = readLate(r, cat, p, columns)
	}
	if err != nil {
		return nil, err
	}
	return cat, nil
}

// readLate runs the queries that may run on the side transaction, the
// constraints and indexes queries, and attaches their rows to their tables
// once columns says the tables are complete (it returns early when columns
// says reading them failed). It writes only the tables' constraint and
// index rows, which nothing on the main transaction reads before
// readCatalog returns.
func readLate(r *reader, cat *catalogRows, p *pool, columns <-chan bool) error {
	constraints, err := fetchConstraints(r)
	if err != nil {
		return err
	}
	ok := <-columns
	if !ok {
		return nil // the main transaction's error is the one reported
	}
	if err := attachConstraints(constraints, cat, p); err != nil {
		return err
	}
	indexes, err := fetchIndexes(r)
	if err != nil {
		return err
	}
	return attachIndexes(indexes, cat, p)
}

// attachByTable gives each of rows, which the query returned ordered by
// table, to its table with add, and calls done for a table as soon as the
// next table's rows start (and for the last one at the end). key returns a
// row's table OID and its name, for errors; what names the kind of row.
func attachByTable[R any](cat *catalogRows, rows []R, what string,
	key func(R) (uint32, string), add func(*tableRow, R), done func(*tableRow)) error {
	var cur *tableRow
	seen := map[*tableRow]bool{}
	for _, r := range rows {
		oid, name := key(r)
		tr := cat.tableByOID[oid]
		if tr == nil {
			return fmt.Errorf("inspect: %s %s of a table the tables query did not return (oid %d)", what, name, oid)
		}
		if tr != cur {
			if seen[tr] {
				return fmt.Errorf("inspect: %s rows of table %s not ordered by table", what, tr.table.QName())
			}
			if cur != nil {
				done(cur)
			}
			seen[tr], cur = true, tr
		}
		add(tr, r)
	}
	if cur != nil {
		done(cur)
	}
	return nil
}

// setSession runs the session query on tx: the settings that make printed
// DDL deterministic, local to the transaction. It returns the server's major
// version.
func setSession(ctx context.Context, tx pgx.Tx) (int, error) {
	sessionSQL, err := query("session", minMajor)
	if err != nil {
		return 0, fmt.Errorf("inspect: %w", err)
	}
	var major int
	var ignored [6]string
	if err := tx.QueryRow(ctx, sessionSQL, pgx.QueryExecModeExec).Scan(
		&ignored[0], &ignored[1], &ignored[2], &ignored[3], &ignored[4], &ignored[5], &major); err != nil {
		return 0, fmt.Errorf("inspect: setting up the session: %w", err)
	}
	major /= 10000
	if major < minMajor {
		return 0, fmt.Errorf("inspect: PostgreSQL %d is not supported; use PostgreSQL %d or later", major, minMajor)
	}
	return major, nil
}

// str returns the string p points to, or "" for a NULL.
func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
