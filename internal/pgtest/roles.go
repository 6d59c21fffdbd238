package pgtest

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// SkipUnlessRoles skips the test when the test server cannot load corpus
// name: when superuser is true and the test user is not a superuser, or
// when one of roles does not exist. why says what needs the superuser.
func SkipUnlessRoles(tb testing.TB, name string, superuser bool, why string, roles ...string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, ServerURL(tb))
	if err != nil {
		tb.Fatalf("pgtest: connecting to the test server: %v", err)
	}
	defer conn.Close(ctx)
	if superuser {
		var super bool
		if err := conn.QueryRow(ctx, "SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user").Scan(&super); err != nil {
			tb.Fatalf("pgtest: reading the test user's attributes: %v", err)
		}
		if !super {
			tb.Skipf("%s needs a superuser (%s); connect as one through %s", name, why, EnvURL)
		}
	}
	for _, role := range roles {
		var n int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = $1", role).Scan(&n); err != nil {
			tb.Fatalf("pgtest: looking up role %s: %v", role, err)
		}
		if n == 0 {
			tb.Skipf("%s needs role %q (it runs ALTER ... OWNER TO %s); create it with CREATE ROLE %s", name, role, role, role)
		}
	}
}
