package ddl

import (
	"strings"
	"testing"
)

// TestAlterDefaultPrivilegesErrors checks the statements PostgreSQL
// refuses, each with the message it gives.
func TestAlterDefaultPrivilegesErrors(t *testing.T) {
	for _, tc := range []struct{ sql, want string }{
		{"ALTER DEFAULT PRIVILEGES IN SCHEMA nope GRANT SELECT ON TABLES TO PUBLIC;", `schema nope does not exist`},
		{"CREATE SCHEMA s; ALTER DEFAULT PRIVILEGES IN SCHEMA s GRANT USAGE ON SCHEMAS TO PUBLIC;", "cannot use IN SCHEMA clause"},
		{"ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON TABLES TO PUBLIC;", "invalid privilege type EXECUTE for table"},
		{"ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC WITH GRANT OPTION;", "grant options can only be granted to roles"},
		{"ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO CURRENT_USER;", "name the role"},
	} {
		_, err := ParseSQL(Options{}, "d.sql", tc.sql)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseSQL(%q) = %v, want an error containing %q", tc.sql, err, tc.want)
		}
	}
}

// TestDefaultPrivilegesApplyFromCreation checks that an object gets the
// entries in force when it is created, not later ones, and that the
// entries themselves end up in the model.
func TestDefaultPrivilegesApplyFromCreation(t *testing.T) {
	res, err := ParseSQL(Options{}, "d.sql", `CREATE TABLE a (id integer);
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO reader;
CREATE TABLE b (id integer);
ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM reader;
ALTER DEFAULT PRIVILEGES GRANT INSERT ON TABLES TO writer;
CREATE TABLE c (id integer);`)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, tb := range res.DB.Tables {
		s := ""
		for _, g := range tb.Grants {
			s += g.Grantee + ":" + strings.Join(g.Privileges, ",") + " "
		}
		got[tb.Name] = s
	}
	want := map[string]string{"a": "", "b": "reader:SELECT ", "c": "writer:INSERT "}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("table %s grants %q, want %q", name, got[name], w)
		}
	}
	if n := len(res.DB.DefaultPrivileges); n != 1 || res.DB.DefaultPrivileges[0].Grants[0].Grantee != "writer" {
		t.Errorf("default privileges %+v, want one entry granting INSERT to writer", res.DB.DefaultPrivileges)
	}
}
