package main

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/pgtest"
)

// TestImportForeignSchemaDevURL reads a file with IMPORT FOREIGN SCHEMA:
// offline it is an error naming the statement; with --dev-url the
// temporary database runs the import against the foreign server (here a
// second database on the test server, through postgres_fdw) and the
// imported foreign tables are in the model with their columns.
func TestImportForeignSchemaDevURL(t *testing.T) {
	remote := pgtest.NewDB(t)
	pgtest.Exec(t, remote, `CREATE SCHEMA shop;
CREATE TABLE shop.orders (id bigint NOT NULL, total numeric(10,2), note text);
CREATE TABLE shop.skipped (x integer);`)
	u, err := url.Parse(remote.URL)
	if err != nil {
		t.Fatal(err)
	}
	opts := []string{"dbname '" + strings.TrimPrefix(u.Path, "/") + "'"}
	if h := u.Hostname(); h != "" {
		opts = append(opts, "host '"+h+"'")
	}
	if p := u.Port(); p != "" {
		opts = append(opts, "port '"+p+"'")
	}
	user := "postgres"
	if u.User != nil && u.User.Username() != "" {
		user = u.User.Username()
	}
	mapping := "OPTIONS (user '" + user + "'"
	if pw, ok := u.User.Password(); ok {
		mapping += ", password '" + strings.ReplaceAll(pw, "'", "''") + "'"
	}
	mapping += ")"
	src := `CREATE EXTENSION postgres_fdw;
CREATE SERVER warehouse FOREIGN DATA WRAPPER postgres_fdw OPTIONS (` + strings.Join(opts, ", ") + `);
CREATE USER MAPPING FOR CURRENT_USER SERVER warehouse ` + mapping + `;
CREATE SCHEMA imported;
IMPORT FOREIGN SCHEMA shop LIMIT TO (orders) FROM SERVER warehouse INTO imported;
`
	file := filepath.Join(t.TempDir(), "schema.sql")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}

	var stdout, stderr bytes.Buffer
	if code := Run(context.Background(), []string{"inspect", file}, strings.NewReader(""), &stdout, &stderr); code != 2 {
		t.Fatalf("offline: exit %d, want 2; stderr:\n%s", code, stderr.String())
	}
	if want := file + ":5:1: IMPORT FOREIGN SCHEMA shop FROM SERVER warehouse INTO imported: the foreign tables it creates are only known by asking the foreign server"; !strings.HasPrefix(stderr.String(), want) {
		t.Errorf("offline: stderr %q, want it to start with %q", stderr.String(), want)
	}

	stdout.Reset()
	stderr.Reset()
	args := []string{"inspect", file, "--dev-url", pgtest.ServerURL(t), "--format", "sql"}
	if code := Run(context.Background(), args, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("--dev-url: exit %d; stderr:\n%s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"CREATE FOREIGN TABLE imported.orders (\n    id bigint OPTIONS (column_name 'id') NOT NULL,",
		"total numeric(10,2) OPTIONS (column_name 'total')",
		") SERVER warehouse OPTIONS (schema_name 'shop', table_name 'orders');",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("--dev-url output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "skipped") {
		t.Errorf("--dev-url output has the table LIMIT TO left out:\n%s", out)
	}
}
