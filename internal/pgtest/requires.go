package pgtest

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"
)

// requiresPrefix starts a line of a SQL test file that names a condition the
// server must meet, as a query returning one boolean:
//
//	-- requires: SELECT current_setting('server_version_num')::int >= 150000
const requiresPrefix = "-- requires:"

// SkipUnlessSupported skips the test when the SQL file at path has a
// "-- requires: QUERY" line among its leading comment lines and QUERY,
// run on db, does not return true. Files need this for features that some
// supported majors or builds lack (NULLS NOT DISTINCT before 15, lz4).
// It first creates the roles a "-- roles:" line names (see rolesPrefix).
func SkipUnlessSupported(tb testing.TB, db *DB, path string) {
	tb.Helper()
	ensureFileRoles(tb, db, path) // the "-- roles:" line, see grant_roles.go
	f, err := os.Open(path)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "--") {
			break
		}
		q, ok := strings.CutPrefix(line, requiresPrefix)
		if !ok {
			continue
		}
		var supported bool
		if err := db.Conn.QueryRow(context.Background(), q).Scan(&supported); err != nil {
			tb.Fatalf("pgtest: %s: requirement %q: %v", path, q, err)
		}
		if !supported {
			tb.Skipf("the server does not meet the requirement of %s: %s", path, q)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("pgtest: reading %s: %v", path, err)
	}
}
