package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/plan"
)

// TestDefaultPrivilegesOfApplyingRole checks that files are read as
// applied by the user of the connection a command plans against: a
// deploy role that is not postgres writes ALTER DEFAULT PRIVILEGES FOR
// ROLE itself, applies the files as itself, and plan and drift through
// its connection see no difference.
func TestDefaultPrivilegesOfApplyingRole(t *testing.T) {
	deploy := fmt.Sprintf("strata_test_deploy_%d", os.Getpid())
	reader := fmt.Sprintf("strata_test_reader_%d", os.Getpid())
	admin := pgtest.Connect(t, "postgres")
	ctx := context.Background()
	for _, stmt := range []string{
		"CREATE ROLE " + deploy + " LOGIN",
		"CREATE ROLE " + reader + " NOLOGIN",
	} {
		if _, err := admin.Exec(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	// Registered before the database: cleanups run last first, so the
	// roles are dropped after the database that holds their entries.
	t.Cleanup(func() {
		for _, r := range []string{deploy, reader} {
			if _, err := admin.Exec(context.Background(), "DROP ROLE IF EXISTS "+r); err != nil {
				t.Errorf("dropping role %s: %v", r, err)
			}
		}
	})
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, "GRANT CREATE ON DATABASE "+db.Name+" TO "+deploy)
	u, err := url.Parse(db.URL)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User(deploy)
	deployURL := u.String()

	file := filepath.Join(t.TempDir(), "schema.sql")
	writeTestFile(t, file, fmt.Sprintf(`CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES FOR ROLE %[1]s IN SCHEMA app GRANT SELECT ON TABLES TO %[2]s;
ALTER DEFAULT PRIVILEGES FOR ROLE %[1]s REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE TABLE app.t (id integer);
CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
`, deploy, reader))

	runStrata(t, "apply", "--url", deployURL, "--to", file, "--auto-approve")
	out := runStrata(t, "plan", "--from", deployURL, "--to", file, "--format", "json")
	var p plan.Plan
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("plan --format json: %v\n%s", err, out)
	}
	if len(p.Steps) != 0 {
		t.Errorf("plan --from the deploy role's URL after apply: %d steps, want none:\n%s", len(p.Steps), out)
	}
	var stdout, stderr bytes.Buffer
	if code := Run(ctx, []string{"drift", "--url", deployURL, "--to", file}, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Errorf("drift --url as %s: exit %d\n%s%s", deploy, code, stdout.String(), stderr.String())
	}

	// What the deploy role's connection reads: its own entries are the
	// applying role's, the privileges they gave are on the objects.
	var n int
	if err := db.Conn.QueryRow(ctx, `SELECT count(*) FROM pg_catalog.pg_default_acl d
JOIN pg_catalog.pg_roles r ON r.oid = d.defaclrole WHERE r.rolname = $1`, deploy).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("%d default privilege entries of %s on the server, want 2", n, deploy)
	}
	var acl string
	if err := db.Conn.QueryRow(ctx, `SELECT relacl::text FROM pg_catalog.pg_class WHERE oid = 'app.t'::regclass`).Scan(&acl); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(acl, reader+"=r/") {
		t.Errorf("app.t acl %s: want SELECT for %s", acl, reader)
	}
}
