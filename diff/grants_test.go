package diff

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/schema"
)

func TestComparePrivileges(t *testing.T) {
	reader := []schema.Grant{{Grantee: "reader", Privileges: []string{"SELECT"}}}
	all := []schema.Grant{{Grantee: "reader", Privileges: []string{"ALL"}}}
	noPublic := []schema.Grant{{Grantee: schema.Public, Privileges: []string{"EXECUTE"}}}
	fn := func(grants, revokes []schema.Grant) *schema.Function {
		return &schema.Function{Schema: "public", Name: "f", Kind: schema.KindFunction, Args: []schema.FunctionArg{{Mode: schema.ArgIn, Type: "integer"}},
			Returns: "integer", Language: "sql", Body: "SELECT 1", Volatility: "volatile", Parallel: "unsafe", Cost: 100, Grants: grants, Revokes: revokes}
	}
	from := &schema.Database{
		Schemas:   []*schema.Schema{{Name: "app", Grants: reader}},
		Tables:    []*schema.Table{{Schema: "public", Name: "t", Grants: reader, Columns: []*schema.Column{{Name: "a", Type: "integer"}}}},
		Functions: []*schema.Function{fn(nil, nil)},
	}
	to := &schema.Database{
		Schemas: []*schema.Schema{{Name: "app", Grants: reader}},
		Tables: []*schema.Table{
			{Schema: "public", Name: "t", Grants: all, Columns: []*schema.Column{{Name: "a", Type: "integer", Grants: reader}}},
			{Schema: "public", Name: "u", Grants: reader}, // new: its grants come with AddTable
		},
		Functions: []*schema.Function{fn(reader, noPublic)},
	}
	got := descriptions(Compare(from, to))
	want := []string{
		"add table public.u",
		"alter privileges of table public.t: reader: SELECT -> reader: ALL",
		"alter privileges of column public.t.a: defaults -> reader: SELECT",
		"alter privileges of function public.f(integer): defaults -> public: revoked EXECUTE; reader: SELECT",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Compare (-want +got):\n%s", d)
	}
}
