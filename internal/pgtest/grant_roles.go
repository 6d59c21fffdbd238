package pgtest

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// rolesPrefix starts a line of a SQL test file that names the roles the
// file grants privileges to, separated by commas:
//
//	-- roles: strata_reader, strata_writer
//
// Roles are cluster-wide and never part of a schema (Strata references
// them, it does not create them), so a schema file cannot create them
// itself: the test harness does, before the file runs.
const rolesPrefix = "-- roles:"

// ensureFileRoles creates, on db's server, every role a "-- roles:" line
// among the leading comment lines of the SQL file at path names, unless
// it exists. The roles are NOLOGIN and stay on the test server after the
// test (other test databases may hold privileges granted to them); the
// statement is safe when parallel tests create the same role at once.
func ensureFileRoles(tb testing.TB, db *DB, path string) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	defer f.Close()
	var roles []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "--") {
			break
		}
		if rest, ok := strings.CutPrefix(line, rolesPrefix); ok {
			for _, r := range strings.Split(rest, ",") {
				if r = strings.TrimSpace(r); r != "" {
					roles = append(roles, r)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("pgtest: reading %s: %v", path, err)
	}
	for _, r := range roles {
		create := "CREATE ROLE " + pgx.Identifier{r}.Sanitize() + " NOLOGIN"
		sql := "DO $strata$ BEGIN " + create + "; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $strata$"
		if _, err := db.Conn.Exec(context.Background(), sql); err != nil {
			tb.Fatalf("pgtest: %s: creating role %s: %v", path, r, err)
		}
	}
}
