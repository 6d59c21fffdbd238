package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/internal/pgtest"
)

// TestSameOutputFromFileAndDatabase checks the CLI's promise: the same
// schema prints byte-identical JSON (and SQL) whether strata inspect reads
// it from a .sql file or from a database loaded with that file.
func TestSameOutputFromFileAndDatabase(t *testing.T) {
	file := filepath.Join("testdata", "same", "schema.sql")
	db := pgtest.NewDB(t)
	pgtest.ExecFile(t, db, file)
	for _, format := range []string{"json", "sql"} {
		t.Run(format, func(t *testing.T) {
			fromFile := inspectOK(t, file, "--format", format)
			fromDB := inspectOK(t, db.URL, "--format", format)
			if diff := cmp.Diff(fromFile, fromDB); diff != "" {
				t.Errorf("strata inspect --format %s prints different output for the file and the database (-file +database):\n%s", format, diff)
			}
			if !strings.Contains(fromFile, "customer_email_key") {
				t.Errorf("the output lacks the schema's objects:\n%s", fromFile)
			}
		})
	}
}

// inspectOK runs strata inspect with args and returns its standard output,
// failing the test when it does not succeed.
func inspectOK(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := Run(context.Background(), append([]string{"inspect"}, args...), strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("strata inspect %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return stdout.String()
}
