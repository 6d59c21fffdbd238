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
// Conversion jobs go to p as soon as their rows are complete (p may be nil:
// then nothing is converted).
func readCatalog(ctx context.Context, tx pgx.Tx, opts Options, p *pool) (*catalogRows, error) {
	sessionSQL, err := query("session", minMajor)
	if err != nil {
		return nil, fmt.Errorf("inspect: %w", err)
	}
	var major int
	var ignored [6]string
	if err := tx.QueryRow(ctx, sessionSQL, pgx.QueryExecModeExec).Scan(
		&ignored[0], &ignored[1], &ignored[2], &ignored[3], &ignored[4], &ignored[5], &major); err != nil {
		return nil, fmt.Errorf("inspect: setting up the session: %w", err)
	}
	major /= 10000
	if major < minMajor {
		return nil, fmt.Errorf("inspect: PostgreSQL %d is not supported; use PostgreSQL %d or later", major, minMajor)
	}
	include, exclude := opts.Schemas, opts.ExcludeSchemas
	if include == nil {
		include = []string{}
	}
	if exclude == nil {
		exclude = []string{}
	}
	r := &reader{ctx: ctx, tx: tx, major: major, args: []any{include, exclude}, pool: p}
	cat := &catalogRows{db: &schema.Database{}}
	steps := []func(*reader, *catalogRows) error{
		readSchemas, readExtensions, readEnums, readSequences,
		readTables, readColumns, readConstraints, readIndexes,
	}
	for _, step := range steps {
		if err := step(r, cat); err != nil {
			return nil, err
		}
	}
	return cat, nil
}

// str returns the string p points to, or "" for a NULL.
func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
