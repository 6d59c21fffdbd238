package ddl

import (
	"fmt"
	"slices"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// defaultACLs is the parser's state of ALTER DEFAULT PRIVILEGES: the
// entries in force, and which objects already got theirs.
//
// PostgreSQL gives an object the default privileges in force when it is
// created. Rather than hooking every statement that creates an object, the
// parser settles at checkpoints: before each ALTER DEFAULT PRIVILEGES,
// before each GRANT or REVOKE and at the end of the input, every object not
// seen at the previous checkpoint was created since, while the entries
// were what they are now (they change only at checkpoints), and no GRANT
// or REVOKE touched it yet (those are checkpoints too): it gets the
// privileges the entries give (schema.CreationGrants). Objects are told
// apart by pointer: a renamed object keeps its pointer, and CREATE OR
// REPLACE hands the old object's pointer on (inherit).
type defaultACLs struct {
	// entries are the entries in force, by key.
	entries map[schema.DefaultPrivilegeKey]*schema.DefaultPrivilege
	// seen holds the objects that got their default privileges (or that
	// existed before the first ALTER DEFAULT PRIVILEGES); nil until then.
	seen map[any]bool
}

// list returns the entries for the model.
func (d *defaultACLs) list() []*schema.DefaultPrivilege {
	if d == nil {
		return nil
	}
	var out []*schema.DefaultPrivilege
	for _, e := range d.entries {
		out = append(out, e)
	}
	return out
}

// inherit records that object now, which replaces old (CREATE OR
// REPLACE), already has its privileges when old had them.
func (d *defaultACLs) inherit(old, now any) {
	if d != nil && d.seen != nil && d.seen[old] {
		d.seen[now] = true
	}
}

// aclObject is one object that can get default privileges: its pointer
// (identity), kind, schema and name, and its privilege lists.
type aclObject struct {
	ptr             any
	kind            schema.ACLKind
	schema, name    string
	grants, revokes *[]schema.Grant
}

// eachACLObject calls fn for every object of the state that ALTER DEFAULT
// PRIVILEGES applies to: schemas, sequences, tables, views, materialized
// views, foreign tables, functions, procedures, aggregates and types.
func (st *state) eachACLObject(fn func(aclObject)) {
	for _, s := range st.schemas {
		fn(aclObject{s, schema.ACLSchema, s.Name, s.Name, &s.Grants, &s.Revokes})
	}
	for _, s := range st.seqs {
		fn(aclObject{s, schema.ACLSequence, s.Schema, s.Name, &s.Grants, nil})
	}
	for _, t := range st.tables {
		fn(aclObject{t.t, schema.ACLTable, t.t.Schema, t.t.Name, &t.t.Grants, nil})
	}
	for _, vi := range st.views {
		fn(aclObject{vi.v, schema.ACLTable, vi.v.Schema, vi.v.Name, &vi.v.Grants, nil})
	}
	for _, f := range st.funcs {
		fn(aclObject{f, schema.ACLFunction, f.Schema, f.Name, &f.Grants, &f.Revokes})
	}
	for _, e := range st.enums {
		fn(aclObject{e, schema.ACLType, e.Schema, e.Name, &e.Grants, &e.Revokes})
	}
	if u := st.udt; u != nil {
		for _, d := range u.domains {
			fn(aclObject{d, schema.ACLType, d.Schema, d.Name, &d.Grants, &d.Revokes})
		}
		for _, c := range u.composites {
			fn(aclObject{c, schema.ACLType, c.Schema, c.Name, &c.Grants, &c.Revokes})
		}
		for _, r := range u.ranges {
			fn(aclObject{r, schema.ACLType, r.Schema, r.Name, &r.Grants, &r.Revokes})
		}
	}
	if f := st.fdw; f != nil {
		for _, t := range f.tables {
			fn(aclObject{t, schema.ACLTable, t.Schema, t.Name, &t.Grants, nil})
		}
	}
}

// settleDefaultACLs gives every object created since the last checkpoint
// the default privileges in force (see defaultACLs). Before the first
// ALTER DEFAULT PRIVILEGES it does nothing.
func (p *parser) settleDefaultACLs() {
	d := p.st.dacl
	if d == nil || d.seen == nil {
		return
	}
	dps := d.list()
	p.st.eachACLObject(func(o aclObject) {
		if d.seen[o.ptr] {
			return
		}
		d.seen[o.ptr] = true
		if len(*o.grants) > 0 || (o.revokes != nil && len(*o.revokes) > 0) {
			// Privileges set by other means than GRANT since it was
			// created: nothing to add to them.
			return
		}
		gs, rs := schema.CreationGrants(dps, "", o.kind, o.schema, o.name, nil)
		*o.grants = gs
		if o.revokes != nil {
			*o.revokes = rs
		}
	})
}

// alterDefaultPrivileges applies ALTER DEFAULT PRIVILEGES [FOR ROLE ...]
// [IN SCHEMA ...] GRANT|REVOKE ... ON TABLES|SEQUENCES|FUNCTIONS|ROUTINES|
// TYPES|SCHEMAS: it changes the entries in force, which objects created
// afterwards get (see defaultACLs). Roles are referenced by name and never
// checked here. The current user (no FOR ROLE, FOR ROLE CURRENT_USER, or
// the role the parser assumes runs the files) is the entry's role "".
func (p *parser) alterDefaultPrivileges(s *pg_query.AlterDefaultPrivilegesStmt, start int) error {
	if p.st.dacl == nil {
		p.st.dacl = &defaultACLs{entries: map[schema.DefaultPrivilegeKey]*schema.DefaultPrivilege{}}
	}
	d := p.st.dacl
	if d.seen == nil {
		// The first one: every object so far was created without entries.
		d.seen = map[any]bool{}
		p.st.eachACLObject(func(o aclObject) { d.seen[o.ptr] = true })
	} else {
		p.settleDefaultACLs()
	}
	a := s.GetAction()
	verb := "GRANT"
	if !a.GetIsGrant() {
		verb = "REVOKE"
	}
	roles, schemas := []string{""}, []string{""}
	for _, n := range s.Options {
		de := n.GetDefElem()
		switch de.GetDefname() {
		case "roles":
			roles = nil
			for _, r := range de.GetArg().GetList().GetItems() {
				name, err := defaultACLRole(r.GetRoleSpec(), p.st.user)
				if err != nil {
					return err
				}
				roles = append(roles, name)
			}
		case "schemas":
			schemas = strList(de.GetArg().GetList().GetItems())
			for _, sch := range schemas {
				if p.st.schemas[sch] == nil {
					return fmt.Errorf("schema %s does not exist", schema.QuoteIdent(sch))
				}
			}
		default:
			return fmt.Errorf("ALTER DEFAULT PRIVILEGES: unexpected option %q", de.GetDefname())
		}
	}
	var kind schema.ACLKind
	switch a.GetObjtype() {
	case pg_query.ObjectType_OBJECT_TABLE:
		kind = schema.ACLTable
	case pg_query.ObjectType_OBJECT_SEQUENCE:
		kind = schema.ACLSequence
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE, pg_query.ObjectType_OBJECT_ROUTINE:
		kind = schema.ACLFunction
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		kind = schema.ACLType
	case pg_query.ObjectType_OBJECT_SCHEMA:
		kind = schema.ACLSchema
		if schemas[0] != "" {
			return fmt.Errorf("cannot use IN SCHEMA clause when using GRANT/REVOKE ON SCHEMAS")
		}
	default:
		return p.unsupported(start, "ALTER DEFAULT PRIVILEGES", "", "default privileges on "+objectTypeWord(a.GetObjtype())+" are not modeled")
	}
	all := schema.KindPrivileges(kind)
	var privs []string
	for _, n := range a.GetPrivileges() {
		ap := n.GetAccessPriv()
		if len(ap.GetCols()) > 0 {
			return fmt.Errorf("ALTER DEFAULT PRIVILEGES cannot grant column privileges")
		}
		name := schema.AllPrivileges
		if ap.GetPrivName() != "" {
			name = privilegeName(ap.GetPrivName())
		}
		if name != schema.AllPrivileges && !slices.Contains(all, name) && !(kind == schema.ACLTable && name == "MAINTAIN") {
			return fmt.Errorf("invalid privilege type %s for %s", name, kind)
		}
		privs = append(privs, name)
	}
	if len(privs) == 0 {
		privs = []string{schema.AllPrivileges}
	}
	var grantees []string
	for _, n := range a.GetGrantees() {
		r := n.GetRoleSpec()
		switch r.GetRoletype() {
		case pg_query.RoleSpecType_ROLESPEC_PUBLIC:
			grantees = append(grantees, schema.Public)
		case pg_query.RoleSpecType_ROLESPEC_CSTRING:
			grantees = append(grantees, r.Rolename)
		default:
			return fmt.Errorf("%s to CURRENT_USER, CURRENT_ROLE or SESSION_USER is not supported: name the role", verb)
		}
	}
	for _, role := range roles {
		for _, sch := range schemas {
			if err := d.apply(schema.DefaultPrivilegeKey{Role: role, Schema: sch, Kind: kind}, p.st.user, a, grantees, privs, all); err != nil {
				return err
			}
		}
	}
	return nil
}

// defaultACLRole returns the model's name of a FOR ROLE role: "" for the
// current user, which is user, the role that runs the files.
func defaultACLRole(r *pg_query.RoleSpec, user string) (string, error) {
	switch r.GetRoletype() {
	case pg_query.RoleSpecType_ROLESPEC_CSTRING:
		if r.Rolename == user {
			return "", nil
		}
		return r.Rolename, nil
	case pg_query.RoleSpecType_ROLESPEC_CURRENT_USER, pg_query.RoleSpecType_ROLESPEC_CURRENT_ROLE:
		return "", nil
	}
	return "", fmt.Errorf("ALTER DEFAULT PRIVILEGES FOR ROLE: name the role (PUBLIC and SESSION_USER are not supported)")
}

// apply applies one GRANT or REVOKE to the entry of key; user is the role
// that runs the files (the entry's role when key.Role is ""). The entry's
// own role as grantee is left out: the privileges of an object's owner are
// not modeled.
func (d *defaultACLs) apply(key schema.DefaultPrivilegeKey, user string, a *pg_query.GrantStmt, grantees, privs, all []string) error {
	e := d.entries[key]
	if e == nil {
		e = &schema.DefaultPrivilege{Role: key.Role, Schema: key.Schema, Kind: key.Kind}
	}
	var defaults []schema.Grant
	if key.Schema == "" {
		defaults = schema.DefaultGrants(key.Kind, "")
	}
	acl := schema.EffectiveACL(defaults, e.Grants, e.Revokes, all)
	owner := key.Role
	if owner == "" {
		owner = user
	}
	for _, g := range grantees {
		if g == owner {
			continue
		}
		if a.GetIsGrant() {
			if a.GetGrantOption() && g == schema.Public {
				return fmt.Errorf("grant options can only be granted to roles, not to PUBLIC")
			}
			acl.Grant(schema.Grant{Grantee: g, Privileges: privs, GrantOption: a.GetGrantOption()}, all)
		} else {
			acl.Revoke(g, privs, a.GetGrantOption(), all)
		}
	}
	e.Grants, e.Revokes = acl.Delta(key.Kind, defaults, all)
	if e.Empty() {
		delete(d.entries, key)
	} else {
		d.entries[key] = e
	}
	return nil
}
