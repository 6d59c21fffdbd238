package plan

import (
	"fmt"
	"slices"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// removedSchemas returns the schemas some node drops (also when the plan
// creates them again): PostgreSQL drops their default-privilege entries
// with them.
func (b *builder) removedSchemas() map[string]bool {
	out := map[string]bool{}
	for _, s := range b.from.Schemas {
		r := rSchema(s.Name)
		for _, n := range b.nodes {
			if slices.Contains(n.removes, r) {
				out[s.Name] = true
				break
			}
		}
	}
	return out
}

// liveDefaultPrivileges returns the entries of ALTER DEFAULT PRIVILEGES in
// force while the plan's objects are created: the source's (the entries
// change in the plan's last steps, see defaultPrivileges), without those of
// the schemas the plan drops.
func (b *builder) liveDefaultPrivileges(removed map[string]bool) []*schema.DefaultPrivilege {
	var out []*schema.DefaultPrivilege
	for _, d := range b.from.DefaultPrivileges {
		if d.Schema == "" || !removed[d.Schema] {
			out = append(out, d)
		}
	}
	return out
}

// creationHolder returns the privileges object o has right after the plan
// creates it: those the source's default privileges of the current user
// give its kind in its schema (the built-in defaults when there are none).
// Columns start with none.
func creationHolder(o diff.ACLObject, live []*schema.DefaultPrivilege) diff.ACLHolder {
	h := diff.ACLHolder{Object: o}
	switch o.Kind {
	case schema.ACLTable, schema.ACLSequence, schema.ACLFunction, schema.ACLType, schema.ACLSchema:
	default:
		return h
	}
	if len(live) == 0 {
		return h
	}
	gs, rs := schema.CreationGrants(live, "", o.Kind, o.Schema, o.Name, nil)
	h.Grants = gs
	if o.Kind == schema.ACLFunction || o.Kind == schema.ACLType || o.Kind == schema.ACLSchema {
		h.Revokes = rs
	}
	return h
}

// defaultPrivileges adds the steps of the AlterDefaultPrivileges changes,
// after every other step: objects the plan creates get the source's
// default privileges (see creationHolder), and the entries change once
// they all exist. An entry of a schema the plan drops goes away with the
// schema (no step); one of a schema the plan creates again is created
// anew.
func (b *builder) defaultPrivileges(changes []diff.Change, removed map[string]bool) {
	others := slices.Clone(b.nodes)
	byKey := map[schema.DefaultPrivilegeKey]diff.AlterDefaultPrivileges{}
	var keys []schema.DefaultPrivilegeKey
	for _, c := range changes {
		if c, ok := c.(diff.AlterDefaultPrivileges); ok {
			byKey[c.Key()] = c
			keys = append(keys, c.Key())
		}
	}
	// An entry of a recreated schema that did not change is created again.
	for _, d := range b.to.DefaultPrivileges {
		if d.Schema != "" && removed[d.Schema] {
			if _, ok := byKey[d.Key()]; !ok {
				keys = append(keys, d.Key())
			}
			byKey[d.Key()] = diff.AlterDefaultPrivileges{Role: d.Role, Schema: d.Schema, Kind: d.Kind, To: d.Grants, ToRevokes: d.Revokes}
		}
	}
	for _, k := range keys {
		c := byKey[k]
		if k.Schema != "" && removed[k.Schema] {
			c.From, c.FromRevokes = nil, nil
		}
		if k.Role != "" && b.opts.Roles != nil && !slices.Contains(b.opts.Roles, k.Role) {
			b.fail(fmt.Errorf("default privileges %s: role %s does not exist on the server: Strata references roles but never creates them; create it first (CREATE ROLE %s) or remove the entry",
				c.ObjectName(), schema.QuoteIdent(k.Role), schema.QuoteIdent(k.Role)))
		}
		var requires []string
		if k.Schema != "" {
			requires = []string{rSchema(k.Schema)}
		}
		for _, st := range defaultPrivilegeSteps(c) {
			if st.grant && st.grantee != schema.Public && b.opts.Roles != nil && !slices.Contains(b.opts.Roles, st.grantee) {
				b.fail(fmt.Errorf("default privileges %s: role %s does not exist on the server: Strata references roles but never creates them; create it first (CREATE ROLE %s) or remove the grant",
					c.ObjectName(), schema.QuoteIdent(st.grantee), schema.QuoteIdent(st.grantee)))
			}
			b.add(&node{sql: st.sql, object: c.ObjectName(), kind: "alter default privileges", phase: phaseGrant, change: c,
				requires: requires, after: others})
		}
	}
}

// defaultPrivilegeSteps returns the statements that turn entry c.From
// into c.To: per grantee (in name order) the REVOKEs of what is gone, the
// REVOKE GRANT OPTION FORs, and the GRANTs of what is new (ALL when the
// target grants ALL).
func defaultPrivilegeSteps(c diff.AlterDefaultPrivileges) []aclStep {
	all := schema.KindPrivileges(c.Kind)
	var defaults []schema.Grant
	if c.Schema == "" {
		defaults = schema.DefaultGrants(c.Kind, "")
	}
	oldACL := schema.EffectiveACL(defaults, c.From, c.FromRevokes, all)
	newACL := schema.EffectiveACL(defaults, c.To, c.ToRevokes, all)
	newAll := allGroups(c.To)
	var grantees []string
	for e := range oldACL {
		grantees = append(grantees, e.Grantee)
	}
	for e := range newACL {
		grantees = append(grantees, e.Grantee)
	}
	slices.Sort(grantees)
	grantees = slices.Compact(grantees)
	prefix := ddl.DefaultPrivilegesPrefix(c.Key())
	target := ddl.DefaultPrivilegesOn(c.Kind)
	var steps []aclStep
	for _, g := range grantees {
		var gone, optionGone, plain, withOption []string
		for _, p := range all {
			oo, inO := oldACL[schema.ACLEntry{Grantee: g, Privilege: p}]
			no, inN := newACL[schema.ACLEntry{Grantee: g, Privilege: p}]
			switch {
			case inO && !inN:
				gone = append(gone, p)
			case inO && oo && !no:
				optionGone = append(optionGone, p)
			case inN && no && (!inO || !oo):
				withOption = append(withOption, p)
			case inN && !no && !inO:
				plain = append(plain, p)
			}
		}
		if len(gone) > 0 {
			steps = append(steps, aclStep{sql: prefix + ddl.RevokeStatement(target, nil, g, gone, false), grantee: g})
		}
		if len(optionGone) > 0 {
			steps = append(steps, aclStep{sql: prefix + ddl.RevokeStatement(target, nil, g, optionGone, true), grantee: g})
		}
		if len(plain) > 0 && newAll[g][0] {
			plain = []string{schema.AllPrivileges}
		}
		if len(withOption) > 0 && newAll[g][1] {
			withOption = []string{schema.AllPrivileges}
		}
		if len(plain) > 0 {
			steps = append(steps, aclStep{sql: prefix + ddl.GrantStatement(target, nil, schema.Grant{Grantee: g, Privileges: plain}), grant: true, grantee: g})
		}
		if len(withOption) > 0 {
			steps = append(steps, aclStep{sql: prefix + ddl.GrantStatement(target, nil, schema.Grant{Grantee: g, Privileges: withOption, GrantOption: true}), grant: true, grantee: g})
		}
	}
	return steps
}
