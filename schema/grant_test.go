package schema

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestACLDelta(t *testing.T) {
	tests := []struct {
		name                  string
		kind                  ACLKind
		object                string
		acl                   ACL
		all                   []string
		wantGrants, wantRevok []Grant
	}{
		{"defaults of a function", ACLFunction, "f", ACL{{Public, "EXECUTE"}: false}, nil, nil, nil},
		{"function without PUBLIC", ACLFunction, "f", ACL{{"app", "EXECUTE"}: true}, nil,
			[]Grant{{Grantee: "app", Privileges: []string{"EXECUTE"}, GrantOption: true}},
			[]Grant{{Grantee: Public, Privileges: []string{"EXECUTE"}}}},
		{"all table privileges become ALL", ACLTable, "t",
			ACL{{"a", "TRIGGER"}: false, {"a", "SELECT"}: false, {"a", "INSERT"}: false, {"a", "UPDATE"}: false,
				{"a", "DELETE"}: false, {"a", "TRUNCATE"}: false, {"a", "REFERENCES"}: false, {"b", "UPDATE"}: false, {"b", "SELECT"}: true},
			nil,
			[]Grant{{Grantee: "a", Privileges: []string{AllPrivileges}}, {Grantee: "b", Privileges: []string{"UPDATE"}}, {Grantee: "b", Privileges: []string{"SELECT"}, GrantOption: true}},
			nil},
		{"PostgreSQL 17 needs MAINTAIN for ALL", ACLTable, "t",
			ACL{{"a", "TRIGGER"}: false, {"a", "SELECT"}: false, {"a", "INSERT"}: false, {"a", "UPDATE"}: false,
				{"a", "DELETE"}: false, {"a", "TRUNCATE"}: false, {"a", "REFERENCES"}: false},
			append(append([]string{}, tablePrivileges...), "MAINTAIN"),
			[]Grant{{Grantee: "a", Privileges: []string{"INSERT", "SELECT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"}}},
			nil},
		{"public schema", ACLSchema, "public", ACL{{Public, "USAGE"}: false, {Public, "CREATE"}: false}, nil,
			[]Grant{{Grantee: Public, Privileges: []string{"CREATE"}}}, nil},
		{"other schema", ACLSchema, "app", ACL{{Public, "USAGE"}: false, {Public, "CREATE"}: false}, nil,
			[]Grant{{Grantee: Public, Privileges: []string{AllPrivileges}}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defaults := DefaultGrants(tt.kind, tt.object)
			g, r := tt.acl.Delta(tt.kind, defaults, tt.all)
			if d := cmp.Diff(tt.wantGrants, g); d != "" {
				t.Errorf("grants (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.wantRevok, r); d != "" {
				t.Errorf("revokes (-want +got):\n%s", d)
			}
			all := tt.all
			if all == nil {
				all = KindPrivileges(tt.kind)
			}
			if back := EffectiveACL(defaults, g, r, all); !cmp.Equal(back, tt.acl) {
				t.Errorf("EffectiveACL of the delta = %v, want %v", back, tt.acl)
			}
		})
	}
}
