package inspect_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

// TestDefaultPrivilegesFiltered checks how Live reads pg_default_acl: the
// connecting user's entries have role "", another role's keep its name,
// an entry that only changes the role's own privileges is no entry, and
// with Options.Schemas the global entries stay while per-schema entries of
// other schemas go.
func TestDefaultPrivilegesFiltered(t *testing.T) {
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `DO $$ BEGIN CREATE ROLE strata_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_owner NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
CREATE SCHEMA other;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT INSERT ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA other GRANT USAGE ON SEQUENCES TO strata_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE strata_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE ALL ON TYPES FROM CURRENT_USER;`)
	reader := func(ps ...string) []schema.Grant { return []schema.Grant{{Grantee: "strata_reader", Privileges: ps}} }
	global := &schema.DefaultPrivilege{Kind: schema.ACLTable, Grants: reader("SELECT")}
	owner := &schema.DefaultPrivilege{Role: "strata_owner", Kind: schema.ACLFunction,
		Revokes: []schema.Grant{{Grantee: schema.Public, Privileges: []string{"EXECUTE"}}}}
	app := &schema.DefaultPrivilege{Schema: "app", Kind: schema.ACLTable, Grants: reader("INSERT")}
	other := &schema.DefaultPrivilege{Schema: "other", Kind: schema.ACLSequence, Grants: reader("USAGE")}
	for _, tc := range []struct {
		schemas []string
		want    []*schema.DefaultPrivilege
	}{
		{nil, []*schema.DefaultPrivilege{global, app, other, owner}},
		{[]string{"app"}, []*schema.DefaultPrivilege{global, app, owner}},
	} {
		live, err := inspect.Live(context.Background(), db.Conn, inspect.Options{Schemas: tc.schemas})
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(tc.want, live.DefaultPrivileges); d != "" {
			t.Errorf("schemas %v: default privileges (-want +got):\n%s", tc.schemas, d)
		}
	}
}
