package inspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// defaultACLKinds maps pg_default_acl.defaclobjtype to the model's kinds.
var defaultACLKinds = map[string]schema.ACLKind{
	"r": schema.ACLTable, "S": schema.ACLSequence, "f": schema.ACLFunction,
	"T": schema.ACLType, "n": schema.ACLSchema,
}

// readDefaultPrivileges reads the entries of ALTER DEFAULT PRIVILEGES into
// cat.db.DefaultPrivileges. An entry's privileges are kept as the model
// keeps an object's: a global entry's as Grants beyond and Revokes of the
// kind's built-in defaults, a per-schema entry's as Grants.
func readDefaultPrivileges(r *reader, cat *catalogRows) error {
	type entry struct {
		d   *schema.DefaultPrivilege
		acl schema.ACL
	}
	var order []*entry
	byKey := map[schema.DefaultPrivilegeKey]*entry{}
	err := r.each("default_privileges", func(rows pgx.Rows) error {
		var role, sch, objtype string
		var current bool
		var grantee, privilege *string
		var grantable *bool
		if err := rows.Scan(&role, &current, &sch, &objtype, &grantee, &privilege, &grantable); err != nil {
			return err
		}
		kind, ok := defaultACLKinds[objtype]
		if !ok {
			return fmt.Errorf("default privileges of role %s: unknown object type %q", schema.QuoteIdent(role), objtype)
		}
		if current {
			role = ""
		}
		d := &schema.DefaultPrivilege{Role: role, Schema: sch, Kind: kind}
		e := byKey[d.Key()]
		if e == nil {
			e = &entry{d: d, acl: schema.ACL{}}
			byKey[d.Key()] = e
			order = append(order, e)
		}
		if privilege == nil {
			return nil
		}
		g := schema.Public
		if grantee != nil {
			g = *grantee
		}
		k := schema.ACLEntry{Grantee: g, Privilege: *privilege}
		e.acl[k] = e.acl[k] || (grantable != nil && *grantable)
		return nil
	})
	if err != nil {
		return err
	}
	for _, e := range order {
		d := e.d
		all := schema.KindPrivileges(d.Kind)
		if d.Kind == schema.ACLTable && r.major >= 17 {
			all = append(all[:len(all):len(all)], "MAINTAIN")
		}
		var defaults []schema.Grant
		if d.Schema == "" {
			defaults = schema.DefaultGrants(d.Kind, "")
		}
		// A per-schema entry has no defaults to revoke: Revokes stays nil.
		d.Grants, d.Revokes = e.acl.Delta(d.Kind, defaults, all)
		if !d.Empty() {
			cat.db.DefaultPrivileges = append(cat.db.DefaultPrivileges, d)
		}
	}
	return nil
}
