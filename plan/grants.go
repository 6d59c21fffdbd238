package plan

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// privileges adds the GRANT and REVOKE steps of the plan, once every other
// node is known: an object the plan creates (or drops and creates again,
// also when the cascade recreates it) starts with the privileges the live
// default privileges give its kind (live: see creationHolder; the
// built-in defaults when there are none) and gets the rest; an object that stays gets what changed
// (diff.AlterPrivileges), and nothing else is touched. The steps come after
// the object exists (they require its resource) and, being in the last
// phase, after the other steps that do not depend on them.
//
// PostgreSQL takes a privilege revoked on a table off every column of the
// table as well; column steps come after their table's and grant again
// what such a revoke took although the target keeps it.
func (b *builder) privileges(live []*schema.DefaultPrivilege) {
	created := b.createdACLObjects()
	old := map[diff.ACLObject]diff.ACLHolder{}
	for _, h := range diff.ACLHolders(b.from) {
		old[h.Object] = h
	}
	// wiped holds, per table, what table-level revokes take off columns.
	wiped := map[schema.QName]map[string]map[string]bool{} // grantee -> privilege -> option only
	tableNodes := map[schema.QName][]*node{}
	for _, h := range diff.ACLHolders(b.to) {
		from, ok := old[h.Object]
		// judged is what the change says the object had: for an object the
		// plan creates, the built-in defaults, so that lint does not take
		// what default privileges give for a moment for a loss.
		judged := from
		if !ok || created[h.Object] || (h.Object.Kind == schema.ACLColumn && created[tableObject(h.Object)]) {
			from, judged = creationHolder(h.Object, live), diff.ACLHolder{Object: h.Object}
		}
		var w map[string]map[string]bool
		if h.Object.Kind == schema.ACLColumn {
			w = wiped[h.Object.QName()]
		}
		if len(w) == 0 && sameACL(from, h) {
			continue
		}
		change := diff.AlterPrivileges{Object: h.Object, From: judged.Grants, To: h.Grants, FromRevokes: judged.Revokes, ToRevokes: h.Revokes}
		steps, revoked := planACL(h.Object, from, h, w)
		if h.Object.Kind == schema.ACLTable && len(revoked) > 0 {
			wiped[h.Object.QName()] = revoked
		}
		for _, st := range steps {
			if st.grant && st.grantee != schema.Public && b.opts.Roles != nil && !slices.Contains(b.opts.Roles, st.grantee) {
				b.fail(fmt.Errorf("%s: role %s does not exist on the server: Strata references roles but never creates them; create it first (CREATE ROLE %s) or remove the grant",
					h.Object, schema.QuoteIdent(st.grantee), schema.QuoteIdent(st.grantee)))
			}
			kind := "revoke"
			if st.grant {
				kind = "grant"
			}
			n := b.add(&node{sql: st.sql, object: h.Object.Qualified(), kind: kind, phase: phaseGrant, change: change,
				requires: b.aclResources(h.Object)})
			switch h.Object.Kind {
			case schema.ACLTable:
				tableNodes[h.Object.QName()] = append(tableNodes[h.Object.QName()], n)
			case schema.ACLColumn:
				n.after = append(n.after, tableNodes[h.Object.QName()]...)
			}
		}
	}
}

// tableObject returns the table of a column's ACLObject.
func tableObject(o diff.ACLObject) diff.ACLObject {
	return diff.ACLObject{Kind: schema.ACLTable, Schema: o.Schema, Name: o.Name}
}

// sameACL reports whether two holders of one object have the same
// (normalized) privileges.
func sameACL(a, b diff.ACLHolder) bool {
	same := func(x, y []schema.Grant) bool {
		return (len(x) == 0 && len(y) == 0) || reflect.DeepEqual(x, y)
	}
	return same(a.Grants, b.Grants) && same(a.Revokes, b.Revokes)
}

// aclResources returns what a GRANT or REVOKE on o needs: the object.
func (b *builder) aclResources(o diff.ACLObject) []string {
	switch o.Kind {
	case schema.ACLSchema:
		return []string{rSchema(o.Name)}
	case schema.ACLColumn:
		return []string{rRel(o.QName()), rColumn(o.QName(), o.Column)}
	case schema.ACLFunction:
		return []string{rFunction(o.Signature)}
	case schema.ACLType:
		return []string{rType(o.QName())}
	case schema.ACLForeignDataWrapper:
		return []string{rWrapper(o.Name)}
	case schema.ACLForeignServer:
		return []string{rServer(o.Name)}
	}
	return []string{rRel(o.QName())}
}

// grantTarget returns the GRANT target of o and its column list.
func grantTarget(o diff.ACLObject) (ddl.GrantTarget, []string) {
	switch o.Kind {
	case schema.ACLSchema:
		return ddl.GrantOnSchema(o.Name), nil
	case schema.ACLSequence:
		return ddl.GrantOnSequence(o.QName()), nil
	case schema.ACLColumn:
		return ddl.GrantOnTable(o.QName()), []string{o.Column}
	case schema.ACLFunction:
		return ddl.GrantOnFunction(o.QName(), o.Args), nil
	case schema.ACLType:
		return ddl.GrantOnType(o.QName()), nil
	case schema.ACLForeignDataWrapper:
		return ddl.GrantOnForeignDataWrapper(o.Name), nil
	case schema.ACLForeignServer:
		return ddl.GrantOnForeignServer(o.Name), nil
	}
	return ddl.GrantOnTable(o.QName()), nil
}

// aclStep is one GRANT or REVOKE statement.
type aclStep struct {
	sql     string
	grant   bool
	grantee string
}

// planACL returns the statements that turn the privileges of from into
// those of to: per grantee (in name order), a REVOKE ALL when the grantee
// held ALL and no longer does (ALL may hold privileges a later major
// added, which no list names), then the REVOKEs of what is gone, the
// REVOKE GRANT OPTION FORs, and the GRANTs of what is new. wiped is what
// table-level revokes already took off a column (nil for other objects).
// For a table it also returns what its revokes take off its columns.
func planACL(o diff.ACLObject, from, to diff.ACLHolder, wiped map[string]map[string]bool) ([]aclStep, map[string]map[string]bool) {
	all := schema.KindPrivileges(o.Kind)
	name := o.Name
	defaults := schema.DefaultGrants(o.Kind, name)
	oldACL := schema.EffectiveACL(defaults, from.Grants, from.Revokes, all)
	newACL := schema.EffectiveACL(defaults, to.Grants, to.Revokes, all)
	for g, ps := range wiped {
		for p, optionOnly := range ps {
			e := schema.ACLEntry{Grantee: g, Privilege: p}
			if _, ok := oldACL[e]; !ok {
				continue
			}
			if optionOnly {
				oldACL[e] = false
			} else {
				delete(oldACL, e)
			}
		}
	}
	oldAll, newAll := allGroups(from.Grants), allGroups(to.Grants)
	var grantees []string
	for e := range oldACL {
		grantees = append(grantees, e.Grantee)
	}
	for e := range newACL {
		grantees = append(grantees, e.Grantee)
	}
	for g := range oldAll {
		grantees = append(grantees, g)
	}
	slices.Sort(grantees)
	grantees = slices.Compact(grantees)
	target, cols := grantTarget(o)
	var steps []aclStep
	revoked := map[string]map[string]bool{} // grantee -> privilege -> option only
	// wipe records a table-level revoke: privilege -> whether only the
	// grant option went.
	wipe := func(g string, ps []string, optionOnly bool) {
		if revoked[g] == nil {
			revoked[g] = map[string]bool{}
		}
		for _, p := range ps {
			if only, ok := revoked[g][p]; !ok || only {
				revoked[g][p] = optionOnly
			}
		}
	}
	for _, g := range grantees {
		held := func(acl schema.ACL) map[string]bool {
			m := map[string]bool{}
			for e, opt := range acl {
				if e.Grantee == g {
					m[e.Privilege] = opt
				}
			}
			return m
		}
		O, N := held(oldACL), held(newACL)
		if oldAll[g] != [2]bool{} && oldAll[g] != newAll[g] {
			steps = append(steps, aclStep{sql: ddl.RevokeStatement(target, cols, g, []string{schema.AllPrivileges}, false), grantee: g})
			wipe(g, schema.KindPrivileges(schema.ACLTable), false)
			O = map[string]bool{}
		}
		var gone, optionGone, plain, withOption []string
		for _, p := range all {
			oo, inO := O[p]
			no, inN := N[p]
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
			steps = append(steps, aclStep{sql: ddl.RevokeStatement(target, cols, g, gone, false), grantee: g})
			wipe(g, gone, false)
		}
		if len(optionGone) > 0 {
			steps = append(steps, aclStep{sql: ddl.RevokeStatement(target, cols, g, optionGone, true), grantee: g})
			wipe(g, optionGone, true)
		}
		if newAll[g][0] && oldAll[g][0] != newAll[g][0] {
			plain = []string{schema.AllPrivileges}
		}
		if newAll[g][1] && oldAll[g][1] != newAll[g][1] {
			withOption = []string{schema.AllPrivileges}
		}
		if len(plain) > 0 {
			steps = append(steps, aclStep{sql: ddl.GrantStatement(target, cols, schema.Grant{Grantee: g, Privileges: plain}), grant: true, grantee: g})
		}
		if len(withOption) > 0 {
			steps = append(steps, aclStep{sql: ddl.GrantStatement(target, cols, schema.Grant{Grantee: g, Privileges: withOption, GrantOption: true}), grant: true, grantee: g})
		}
	}
	return steps, revoked
}

// allGroups returns, per grantee, whether it holds ALL without ([0]) and
// with ([1]) grant option.
func allGroups(grants []schema.Grant) map[string][2]bool {
	m := map[string][2]bool{}
	for _, g := range grants {
		if slices.Contains(g.Privileges, schema.AllPrivileges) {
			v := m[g.Grantee]
			if g.GrantOption {
				v[1] = true
			} else {
				v[0] = true
			}
			m[g.Grantee] = v
		}
	}
	return m
}

// createdACLObjects returns the objects of the target the plan creates,
// or drops and creates again (some node removes the object's resource,
// also when the cascade recreates it): they start with their kind's
// default privileges.
func (b *builder) createdACLObjects() map[diff.ACLObject]bool {
	removed := map[string]bool{}
	for _, n := range b.nodes {
		for _, r := range n.removes {
			removed[r] = true
		}
	}
	out := map[diff.ACLObject]bool{}
	for _, h := range diff.ACLHolders(b.to) {
		o := h.Object
		var r string
		switch o.Kind {
		case schema.ACLSchema:
			r = rSchema(o.Name)
		case schema.ACLColumn:
			r = rColumn(o.QName(), o.Column)
		case schema.ACLFunction:
			r = rFunction(o.Signature)
		case schema.ACLType:
			r = rType(o.QName())
		case schema.ACLForeignDataWrapper:
			r = rWrapper(o.Name)
		case schema.ACLForeignServer:
			r = rServer(o.Name)
		default:
			r = rRel(o.QName())
		}
		if removed[r] {
			out[o] = true
		}
	}
	return out
}
