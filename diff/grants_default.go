package diff

import (
	"github.com/stratadb/strata/schema"
)

// AlterDefaultPrivileges changes one entry of ALTER DEFAULT PRIVILEGES
// (see schema.DefaultPrivilege): an entry that appears has empty From
// lists, one that goes away empty To lists. It changes no existing object:
// only the privileges of objects created afterwards.
type AlterDefaultPrivileges struct {
	// Role is the entry's role ("" for the current user), Schema its schema
	// ("" for a global entry), Kind the kind of objects it applies to.
	Role, Schema string
	Kind         schema.ACLKind
	// From and To are the entry's Grants on each side.
	From, To []schema.Grant
	// FromRevokes and ToRevokes are the entry's Revokes on each side
	// (global entries only).
	FromRevokes, ToRevokes []schema.Grant
}

func (AlterDefaultPrivileges) isChange() {}

// Key returns the identity of the entry changed.
func (c AlterDefaultPrivileges) Key() schema.DefaultPrivilegeKey {
	return schema.DefaultPrivilegeKey{Role: c.Role, Schema: c.Schema, Kind: c.Kind}
}

// String describes the change: "alter default privileges for the current
// user on tables in schema app: defaults -> strata_reader: SELECT".
func (c AlterDefaultPrivileges) String() string {
	return "alter default privileges " + c.ObjectName() + ": " + grantsText(c.From, c.FromRevokes) + " -> " + grantsText(c.To, c.ToRevokes)
}

// ObjectName names the entry: "for the current user on tables in schema
// app", "for role owner on functions".
func (c AlterDefaultPrivileges) ObjectName() string { return DefaultPrivilegeName(c.Key()) }

// DefaultPrivilegeName names an entry of ALTER DEFAULT PRIVILEGES for
// people (see AlterDefaultPrivileges.ObjectName).
func DefaultPrivilegeName(k schema.DefaultPrivilegeKey) string {
	s := "for the current user"
	if k.Role != "" {
		s = "for role " + schema.QuoteIdent(k.Role)
	}
	s += " on " + defaultKindWord(k.Kind)
	if k.Schema != "" {
		s += " in schema " + schema.QuoteIdent(k.Schema)
	}
	return s
}

// defaultKindWord is the grammar's word for the objects of kind k:
// "tables", "sequences", "functions", "types", "schemas".
func defaultKindWord(k schema.ACLKind) string {
	switch k {
	case schema.ACLTable:
		return "tables"
	case schema.ACLSequence:
		return "sequences"
	case schema.ACLFunction:
		return "functions"
	case schema.ACLType:
		return "types"
	case schema.ACLSchema:
		return "schemas"
	}
	return string(k)
}

// compareDefaultPrivileges appends an AlterDefaultPrivileges for every
// entry that differs between the sides, in the order of
// schema.CompareDefaultPrivileges.
func compareDefaultPrivileges(list []Change, from, to []*schema.DefaultPrivilege) []Change {
	mergeSorted(from, to, schema.CompareDefaultPrivileges, func(a, b *schema.DefaultPrivilege, hasA, hasB bool) {
		c := AlterDefaultPrivileges{}
		switch {
		case hasA && hasB:
			if sameGrants(a.Grants, b.Grants) && sameGrants(a.Revokes, b.Revokes) {
				return
			}
			c = AlterDefaultPrivileges{Role: b.Role, Schema: b.Schema, Kind: b.Kind, From: a.Grants, To: b.Grants, FromRevokes: a.Revokes, ToRevokes: b.Revokes}
		case hasA:
			c = AlterDefaultPrivileges{Role: a.Role, Schema: a.Schema, Kind: a.Kind, From: a.Grants, FromRevokes: a.Revokes}
		default:
			c = AlterDefaultPrivileges{Role: b.Role, Schema: b.Schema, Kind: b.Kind, To: b.Grants, ToRevokes: b.Revokes}
		}
		list = append(list, c)
	})
	return list
}
