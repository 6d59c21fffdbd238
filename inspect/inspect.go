package inspect

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// Options restricts what Live reads. A schema filter applies to every object
// by the schema it lives in (an extension by the schema it was installed
// into); references to objects in other schemas (a foreign key's table, a
// partition's parent, a sequence's OWNED BY column) are kept as they are.
type Options struct {
	// Schemas, when not empty, lists the only schemas to read (raw names,
	// unquoted); objects in other schemas are left out.
	Schemas []string
	// ExcludeSchemas lists schemas to leave out (raw names), applied after
	// Schemas.
	ExcludeSchemas []string
	// SingleConnection keeps Live on the connection it is given. By default
	// Live opens one more connection with the same configuration, whose
	// transaction imports the first one's snapshot, and runs the two most
	// expensive catalog queries there at the same time (when that
	// connection cannot be opened, Live falls back to one connection).
	SingleConnection bool
}

// Queries is the number of statements Live sends to the server, whatever the
// size of the database: BEGIN, one query that sets the session state
// (search_path, TimeZone, DateStyle, IntervalStyle, extra_float_digits,
// lc_monetary) and reads the server version, the catalog queries
// (catalogQueries, one or a few per object kind; see queries*.sql), and
// ROLLBACK.
const Queries = 1 + 1 + catalogQueries + 1

// QueriesTwoConnections is the number of statements Live sends when it uses
// a second connection (the default): Queries, plus the snapshot export on
// the first connection and, on the second, BEGIN, SET TRANSACTION SNAPSHOT,
// the session query and ROLLBACK (the constraints and indexes queries move
// there, so they are not counted twice).
const QueriesTwoConnections = Queries + 1 + 4

// catalogQueries is the number of catalog queries:
//   - 9 for schemas, extensions, enums, sequences, tables, columns,
//     constraints, indexes and functions;
//   - 3 for policies, triggers and event triggers;
//   - 2 for privileges and default privileges;
//   - 3 for views, materialized view indexes and rules;
//   - typeQueries for domains, composite and range types, collations,
//     casts and operators;
//   - foreignQueries for foreign-data wrappers, servers, foreign tables,
//     their columns and user mappings;
//   - 1 for extended statistics objects;
//   - 1 for operator families and classes.
const catalogQueries = 9 + 3 + 2 + 3 + typeQueries + foreignQueries + 1 + 1

// minMajor is the oldest PostgreSQL major version Live supports.
const minMajor = 13

// Live reads the user schemas of the database conn is connected to and
// returns them as a normalized model.
//
// It runs a fixed number of statements (Queries) in one READ ONLY REPEATABLE
// READ transaction, so that it sees one consistent snapshot, with search_path
// set to the empty string and a fixed TimeZone (UTC), DateStyle (ISO, MDY),
// IntervalStyle (postgres), extra_float_digits (3) and lc_monetary (C), so
// that the DDL PostgreSQL prints is schema-qualified and deterministic. The settings are local to the transaction, which is rolled
// back: conn is left as it was. conn must not be inside a transaction.
//
// System schemas, extensions installed in pg_catalog and objects that belong
// to an extension are never read. PostgreSQL's printed DDL (index, constraint,
// partition and expression definitions) is converted by package ddl, the same
// code that parses user files.
func Live(ctx context.Context, conn *pgx.Conn, opts Options) (*schema.Database, error) {
	if st := conn.PgConn().TxStatus(); st != 'I' {
		return nil, errors.New("inspect: the connection is inside a transaction; call Live on an idle connection")
	}
	var side *sideTx
	if !opts.SingleConnection {
		side = openSide(ctx, conn)
		defer side.close(context.WithoutCancel(ctx))
	}
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("inspect: starting a read-only transaction: %w", err)
	}
	p := newPool()
	cat, err := readCatalog(ctx, tx, side, opts, p)
	p.wait()
	if rerr := tx.Rollback(ctx); rerr != nil && err == nil {
		err = fmt.Errorf("inspect: ending the read-only transaction: %w", rerr)
	}
	if err != nil {
		return nil, err
	}
	db, err := cat.assemble()
	if err != nil {
		return nil, err
	}
	schema.Normalize(db)
	return db, nil
}
