package inspect

import (
	"context"
	"strconv"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/internal/pgtest"
)

// rawCatalog runs the catalog queries on db the way Live does and returns
// what they read, before any printed DDL is converted.
func rawCatalog(t *testing.T, db *pgtest.DB, opts Options) *catalogRows {
	t.Helper()
	ctx := context.Background()
	tx, err := db.Conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	cat, err := readCatalog(ctx, tx, nil, opts, nil)
	if err != nil {
		t.Fatalf("readCatalog: %v", err)
	}
	return cat
}

// serverMajor returns the major version of db's server.
func serverMajor(t *testing.T, db *pgtest.DB) int {
	t.Helper()
	var v string
	if err := db.Conn.QueryRow(context.Background(), "SHOW server_version_num").Scan(&v); err != nil {
		t.Fatal(err)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		t.Fatal(err)
	}
	return n / 10000
}

// mustTable returns the raw row of the table schemaName.name, or fails the
// test.
func (cat *catalogRows) mustTable(t *testing.T, schemaName, name string) *tableRow {
	t.Helper()
	for _, tr := range cat.tables {
		if tr.table.Schema == schemaName && tr.table.Name == name {
			return tr
		}
	}
	t.Fatalf("table %s.%s not read", schemaName, name)
	return nil
}
