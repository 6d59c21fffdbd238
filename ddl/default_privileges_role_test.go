package ddl

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/schema"
)

// TestDefaultPrivilegesApplyingRole checks Options.Role: FOR ROLE of the
// role that applies the files is that role's own entry (role ""), as no
// FOR ROLE is, while FOR ROLE postgres is then another role's entry; and
// the objects the files create get the applying role's entries only.
func TestDefaultPrivilegesApplyingRole(t *testing.T) {
	const sql = `ALTER DEFAULT PRIVILEGES FOR ROLE deploy GRANT SELECT ON TABLES TO reader;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT INSERT ON TABLES TO writer;
CREATE TABLE t (id integer);`
	reader := []schema.Grant{{Grantee: "reader", Privileges: []string{"SELECT"}}}
	writer := []schema.Grant{{Grantee: "writer", Privileges: []string{"INSERT"}}}
	for _, tc := range []struct {
		role        string
		wantEntries []*schema.DefaultPrivilege
		wantTable   []schema.Grant
	}{
		{"", []*schema.DefaultPrivilege{
			{Kind: schema.ACLTable, Grants: writer},
			{Role: "deploy", Kind: schema.ACLTable, Grants: reader},
		}, writer},
		{"postgres", []*schema.DefaultPrivilege{
			{Kind: schema.ACLTable, Grants: writer},
			{Role: "deploy", Kind: schema.ACLTable, Grants: reader},
		}, writer},
		{"deploy", []*schema.DefaultPrivilege{
			{Kind: schema.ACLTable, Grants: reader},
			{Role: "postgres", Kind: schema.ACLTable, Grants: writer},
		}, reader},
	} {
		res, err := ParseSQL(Options{Role: tc.role}, "d.sql", sql)
		if err != nil {
			t.Fatalf("role %q: %v", tc.role, err)
		}
		if d := cmp.Diff(tc.wantEntries, res.DB.DefaultPrivileges); d != "" {
			t.Errorf("role %q: default privileges (-want +got):\n%s", tc.role, d)
		}
		if len(res.DB.Tables) != 1 {
			t.Fatalf("role %q: tables %v, want t", tc.role, res.DB.Tables)
		}
		if d := cmp.Diff(tc.wantTable, res.DB.Tables[0].Grants); d != "" {
			t.Errorf("role %q: grants of t (-want +got):\n%s", tc.role, d)
		}
	}
}

// TestApplyingRoleCurrentUser checks that "$user" in search_path and
// CURRENT_USER in a policy mean Options.Role.
func TestApplyingRoleCurrentUser(t *testing.T) {
	res, err := ParseSQL(Options{Role: "deploy"}, "d.sql", `CREATE SCHEMA deploy;
CREATE TABLE t (id integer);
CREATE POLICY p ON t TO CURRENT_USER USING (true);`)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.DB.Tables) != 1 || res.DB.Tables[0].Schema != "deploy" {
		t.Fatalf("tables %+v, want deploy.t (\"$user\" is deploy)", res.DB.Tables)
	}
	pols := res.DB.Policies
	if len(pols) != 1 || !cmp.Equal(pols[0].Roles, []string{"deploy"}) {
		t.Errorf("policies %+v, want p TO deploy", pols)
	}
}
