package devdb_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/devdb"
	"github.com/stratadb/strata/internal/pgtest"
)

// writeSQL writes files (name to content) under a temporary directory and
// returns it.
func writeSQL(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, sql := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(sql), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// load runs devdb.Load on the test server and checks that the temporary
// database it created is gone afterwards, whatever the outcome.
func load(t *testing.T, ctx context.Context, dir string) (string, error) {
	t.Helper()
	server := pgtest.ServerURL(t)
	var name string
	db, err := devdb.Load(ctx, server, []string{dir}, devdb.Options{Created: func(n string) { name = n }})
	if name == "" {
		t.Fatalf("devdb.Load did not report the temporary database it created (err %v)", err)
	}
	if !strings.HasPrefix(name, devdb.NamePrefix) {
		t.Errorf("temporary database %q does not start with %q", name, devdb.NamePrefix)
	}
	if exists(t, server, name) {
		t.Errorf("temporary database %s still exists after devdb.Load", name)
	}
	if err == nil && db == nil {
		t.Fatal("devdb.Load returned no model and no error")
	}
	if err == nil {
		found := false
		for _, tb := range db.Tables {
			found = found || (tb.Schema == "public" && tb.Name == "totals" && len(tb.Columns) == 2)
		}
		if !found {
			t.Errorf("the model has no table public.totals with 2 columns: %+v", db.Tables)
		}
	}
	return name, err
}

func exists(t *testing.T, server, name string) bool {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, server)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_catalog.pg_database WHERE datname = $1", name).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n > 0
}

// TestLoad loads files with a CREATE TABLE ... AS: the table has the
// query's columns, and the temporary database is dropped.
func TestLoad(t *testing.T) {
	dir := writeSQL(t, map[string]string{
		"a.sql": "\\restrict abc\nCREATE TABLE t (x integer);\nSET search_path = public;\n",
		"b.sql": "CREATE TABLE totals AS SELECT x, x::text AS label FROM t;\n",
	})
	if _, err := load(t, context.Background(), dir); err != nil {
		t.Fatalf("devdb.Load: %v", err)
	}
}

// TestLoadError: a statement the server rejects is an input error at its
// file:line:col, and the temporary database is dropped.
func TestLoadError(t *testing.T) {
	dir := writeSQL(t, map[string]string{"a.sql": "CREATE TABLE t (x integer);\n\nCREATE TABLE totals AS\n  SELECT nope FROM t;\n"})
	_, err := load(t, context.Background(), dir)
	var list ddl.ErrorList
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("devdb.Load: %v, want one ddl.Error", err)
	}
	if got := list[0].Pos; got.Line != 4 || got.Col != 10 || !strings.HasSuffix(got.File, "a.sql") {
		t.Errorf("error at %s, want a.sql:4:10", got)
	}
}

// TestLoadCancel: cancelling the context (Ctrl-C) during a long statement
// stops the load, and the temporary database is dropped all the same.
func TestLoadCancel(t *testing.T) {
	dir := writeSQL(t, map[string]string{"a.sql": "CREATE TABLE t (x integer);\nSELECT pg_sleep(30);\n"})
	ctx, cancel := context.WithCancel(context.Background())
	timer := time.AfterFunc(time.Second, cancel)
	defer timer.Stop()
	start := time.Now()
	_, err := load(t, ctx, dir)
	if err == nil {
		t.Fatal("devdb.Load succeeded after the context was cancelled")
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("devdb.Load: %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("devdb.Load took %s after the cancellation", d)
	}
}

// TestLoadSyntaxError: a file that does not parse is reported before any
// database is created.
func TestLoadSyntaxError(t *testing.T) {
	dir := writeSQL(t, map[string]string{"a.sql": "CREATE TABLE (;\n"})
	created := false
	_, err := devdb.Load(context.Background(), pgtest.ServerURL(t), []string{dir}, devdb.Options{Created: func(string) { created = true }})
	var list ddl.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("devdb.Load: %v, want a ddl.ErrorList", err)
	}
	if created {
		t.Error("a temporary database was created for a file that does not parse")
	}
}
