package schema

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCreationGrants checks the privileges a new object gets from default
// privileges: a global entry replaces the kind's built-in defaults, a
// per-schema entry adds to them, entries of other roles, kinds and
// schemas do not apply, and schemas only follow global entries.
func TestCreationGrants(t *testing.T) {
	reader := []Grant{{Grantee: "reader", Privileges: []string{"SELECT"}}}
	dps := []*DefaultPrivilege{
		{Kind: ACLFunction, Revokes: []Grant{{Grantee: Public, Privileges: []string{"EXECUTE"}}},
			Grants: []Grant{{Grantee: "app", Privileges: []string{"EXECUTE"}}}},
		{Kind: ACLFunction, Schema: "api", Grants: []Grant{{Grantee: "api", Privileges: []string{"EXECUTE"}, GrantOption: true}}},
		{Kind: ACLTable, Schema: "app", Grants: reader},
		{Kind: ACLTable, Role: "other", Grants: []Grant{{Grantee: "x", Privileges: []string{"INSERT"}}}},
		{Kind: ACLSchema, Grants: []Grant{{Grantee: "reader", Privileges: []string{"USAGE"}}}},
	}
	type result struct{ Grants, Revokes []Grant }
	for _, tc := range []struct {
		kind      ACLKind
		sch, name string
		want      result
	}{
		{ACLFunction, "public", "f", result{
			Grants:  []Grant{{Grantee: "app", Privileges: []string{"EXECUTE"}}},
			Revokes: []Grant{{Grantee: Public, Privileges: []string{"EXECUTE"}}}}},
		{ACLFunction, "api", "f", result{
			Grants: []Grant{{Grantee: "api", Privileges: []string{"EXECUTE"}, GrantOption: true},
				{Grantee: "app", Privileges: []string{"EXECUTE"}}},
			Revokes: []Grant{{Grantee: Public, Privileges: []string{"EXECUTE"}}}}},
		{ACLTable, "app", "t", result{Grants: reader}},
		{ACLTable, "public", "t", result{}},
		{ACLSequence, "app", "s", result{}},
		{ACLType, "app", "ty", result{}},
		{ACLSchema, "later", "later", result{Grants: []Grant{{Grantee: "reader", Privileges: []string{"USAGE"}}}}},
	} {
		gs, rs := CreationGrants(dps, "", tc.kind, tc.sch, tc.name, nil)
		if d := cmp.Diff(tc.want, result{gs, rs}); d != "" {
			t.Errorf("%s %s.%s (-want +got):\n%s", tc.kind, tc.sch, tc.name, d)
		}
	}
}
