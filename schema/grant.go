package schema

import (
	"slices"
	"strings"
)

// Public is the Grantee that stands for PUBLIC, the pseudo-role every role
// belongs to. It is spelt "public" as in Policy.Roles: no role can have
// that name, so it never means a real role.
const Public = "public"

// AllPrivileges is the one entry of Grant.Privileges when the grantee holds
// every privilege the object's kind has (GRANT ALL), for kinds with more
// than one privilege. It keeps the model the same across PostgreSQL
// majors that add privileges to a kind (MAINTAIN on tables in 17).
const AllPrivileges = "ALL"

// Grant is what one grantee holds on one object beyond what PostgreSQL
// gives every new object of its kind (in a Grants list), or what it lacks
// of that (in a Revokes list). The object's owner and the grantor of each
// privilege are not modeled: ownership is not part of the model, and the
// grantor is the owner for every privilege a schema file grants.
type Grant struct {
	// Grantee is the role name, raw (unquoted), or Public.
	Grantee string `json:"grantee"`
	// Privileges are the privilege names in PostgreSQL's order (INSERT,
	// SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, EXECUTE, USAGE,
	// CREATE, MAINTAIN), or the single entry AllPrivileges.
	Privileges []string `json:"privileges"`
	// GrantOption is true for privileges held WITH GRANT OPTION. A grantee
	// holding some privileges with and some without the option has two
	// Grants. It is always false in a Revokes list.
	GrantOption bool `json:"grant_option,omitempty"`
}

// ACLKind is the kind of object a privilege list belongs to, which decides
// the privileges that exist and the defaults.
type ACLKind string

// The kinds of objects with privileges.
const (
	// ACLTable is a table, view, materialized view or foreign table.
	ACLTable ACLKind = "table"
	// ACLColumn is a column of one of those.
	ACLColumn ACLKind = "column"
	// ACLSequence is a sequence.
	ACLSequence ACLKind = "sequence"
	// ACLSchema is a schema.
	ACLSchema ACLKind = "schema"
	// ACLFunction is a function, procedure or aggregate.
	ACLFunction ACLKind = "function"
	// ACLType is a type or domain.
	ACLType ACLKind = "type"
	// ACLForeignDataWrapper is a foreign-data wrapper.
	ACLForeignDataWrapper ACLKind = "foreign data wrapper"
	// ACLForeignServer is a foreign server.
	ACLForeignServer ACLKind = "foreign server"
)

// privilegeOrder is PostgreSQL's order of the privilege bits (the order of
// ACL_ALL_RIGHTS_STR), which aclexplode and the model follow.
var privilegeOrder = []string{"INSERT", "SELECT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER",
	"EXECUTE", "USAGE", "CREATE", "TEMPORARY", "CONNECT", "SET", "ALTER SYSTEM", "MAINTAIN"}

// PrivilegeRank returns the position of privilege p in PostgreSQL's order;
// unknown names sort last, AllPrivileges first.
func PrivilegeRank(p string) int {
	if p == AllPrivileges {
		return -1
	}
	if i := slices.Index(privilegeOrder, p); i >= 0 {
		return i
	}
	return len(privilegeOrder)
}

// KindPrivileges returns every privilege an object of kind k can have, in
// PostgreSQL's order, as of PostgreSQL 13 to 16 (tables gain MAINTAIN in
// 17: see AllPrivileges). The result must not be modified.
func KindPrivileges(k ACLKind) []string {
	switch k {
	case ACLTable:
		return tablePrivileges
	case ACLColumn:
		return columnPrivileges
	case ACLSequence:
		return sequencePrivileges
	case ACLSchema:
		return schemaPrivileges
	case ACLFunction:
		return functionPrivileges
	case ACLType, ACLForeignDataWrapper, ACLForeignServer:
		return usagePrivileges
	}
	return nil
}

var (
	tablePrivileges    = []string{"INSERT", "SELECT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"}
	columnPrivileges   = []string{"INSERT", "SELECT", "UPDATE", "REFERENCES"}
	sequencePrivileges = []string{"SELECT", "UPDATE", "USAGE"}
	schemaPrivileges   = []string{"USAGE", "CREATE"}
	functionPrivileges = []string{"EXECUTE"}
	usagePrivileges    = []string{"USAGE"}
)

// DefaultGrants returns the privileges PostgreSQL gives roles other than
// the owner on a new object of kind k called name (the schema name for
// ACLSchema): EXECUTE to PUBLIC on functions, USAGE to PUBLIC on types and
// on the public schema (as PostgreSQL 15 and later create it), nothing
// otherwise.
func DefaultGrants(k ACLKind, name string) []Grant {
	switch {
	case k == ACLFunction:
		return []Grant{{Grantee: Public, Privileges: []string{"EXECUTE"}}}
	case k == ACLType:
		return []Grant{{Grantee: Public, Privileges: []string{"USAGE"}}}
	case k == ACLSchema && name == "public":
		return []Grant{{Grantee: Public, Privileges: []string{"USAGE"}}}
	}
	return nil
}

// ACLEntry is one privilege of one grantee.
type ACLEntry struct {
	// Grantee is a role name or Public.
	Grantee string
	// Privilege is a privilege name, never AllPrivileges.
	Privilege string
}

// ACL is an object's effective privileges (its owner's excepted): each
// privilege a grantee holds, mapped to whether it holds it WITH GRANT
// OPTION.
type ACL map[ACLEntry]bool

// EffectiveACL returns the privileges an object of kind k with the given
// defaults (see DefaultGrants), Grants and Revokes has. AllPrivileges is
// expanded to all, the kind's privileges on the server in question (nil:
// KindPrivileges(k)).
func EffectiveACL(defaults, grants, revokes []Grant, all []string) ACL {
	acl := ACL{}
	for _, g := range defaults {
		acl.Grant(g, all)
	}
	for _, g := range revokes {
		acl.Revoke(g.Grantee, g.Privileges, false, all)
	}
	for _, g := range grants {
		acl.Grant(g, all)
	}
	return acl
}

// Grant adds g's privileges to acl (GRANT), AllPrivileges expanded to all.
// A privilege already held with grant option keeps it.
func (acl ACL) Grant(g Grant, all []string) {
	for _, p := range expandAll(g.Privileges, all) {
		e := ACLEntry{g.Grantee, p}
		acl[e] = acl[e] || g.GrantOption
	}
}

// Revoke removes privileges from grantee (REVOKE), or only their grant
// option when optionOnly is set (REVOKE GRANT OPTION FOR).
func (acl ACL) Revoke(grantee string, privileges []string, optionOnly bool, all []string) {
	for _, p := range expandAll(privileges, all) {
		e := ACLEntry{grantee, p}
		if _, ok := acl[e]; !ok {
			continue
		}
		if optionOnly {
			acl[e] = false
		} else {
			delete(acl, e)
		}
	}
}

func expandAll(privileges, all []string) []string {
	if slices.Contains(privileges, AllPrivileges) {
		return all
	}
	return privileges
}

// Delta returns acl as the model stores it: the Grants it has beyond
// defaults and the Revokes of defaults it lacks, each normalized (see
// NormalizeGrants). A grantee's privileges that are all of all (the kind's
// privileges on the server in question; nil: KindPrivileges(k)) become
// AllPrivileges when there is more than one.
func (acl ACL) Delta(k ACLKind, defaults []Grant, all []string) (grants, revokes []Grant) {
	if all == nil {
		all = KindPrivileges(k)
	}
	def := EffectiveACL(nil, defaults, nil, all)
	type key struct {
		grantee string
		option  bool
	}
	add := map[key][]string{}
	for e, opt := range acl {
		if d, ok := def[e]; ok && d == opt {
			continue
		}
		add[key{e.Grantee, opt}] = append(add[key{e.Grantee, opt}], e.Privilege)
	}
	for k, ps := range add {
		grants = append(grants, Grant{Grantee: k.grantee, Privileges: ps, GrantOption: k.option})
	}
	rev := map[string][]string{}
	for e := range def {
		if _, ok := acl[e]; !ok {
			rev[e.Grantee] = append(rev[e.Grantee], e.Privilege)
		}
	}
	for g, ps := range rev {
		revokes = append(revokes, Grant{Grantee: g, Privileges: ps})
	}
	for i := range grants {
		grants[i].Privileges = compactAll(grants[i].Privileges, all)
	}
	return NormalizeGrants(grants), NormalizeGrants(revokes)
}

// compactAll sorts ps and turns it into AllPrivileges when it is all of
// all and all has more than one privilege.
func compactAll(ps, all []string) []string {
	sortPrivileges(ps)
	if len(all) > 1 && len(ps) == len(all) {
		same := true
		for _, p := range all {
			if !slices.Contains(ps, p) {
				same = false
				break
			}
		}
		if same {
			return []string{AllPrivileges}
		}
	}
	return ps
}

func sortPrivileges(ps []string) {
	slices.SortFunc(ps, func(a, b string) int {
		if c := PrivilegeRank(a) - PrivilegeRank(b); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
}

// NormalizeGrants sorts a Grants or Revokes list in place (by grantee, the
// entries without grant option first; privileges in PostgreSQL's order),
// drops entries without privileges and returns nil for an empty list.
func NormalizeGrants(gs []Grant) []Grant {
	kept := gs[:0]
	for _, g := range gs {
		if len(g.Privileges) == 0 {
			continue
		}
		sortPrivileges(g.Privileges)
		g.Privileges = slices.Compact(g.Privileges)
		kept = append(kept, g)
	}
	slices.SortFunc(kept, func(a, b Grant) int {
		if c := strings.Compare(a.Grantee, b.Grantee); c != 0 {
			return c
		}
		switch {
		case a.GrantOption == b.GrantOption:
			return 0
		case b.GrantOption:
			return -1
		}
		return 1
	})
	return nilIfEmpty(kept)
}

// normalizeGrants normalizes every privilege list of db.
func normalizeGrants(db *Database) {
	for _, s := range db.Schemas {
		s.Grants, s.Revokes = NormalizeGrants(s.Grants), NormalizeGrants(s.Revokes)
	}
	for _, s := range db.Sequences {
		s.Grants = NormalizeGrants(s.Grants)
	}
	for _, t := range db.Tables {
		t.Grants = NormalizeGrants(t.Grants)
		for _, c := range t.Columns {
			c.Grants = NormalizeGrants(c.Grants)
		}
	}
	for _, v := range db.Views {
		v.Grants = NormalizeGrants(v.Grants)
		for _, c := range v.Columns {
			c.Grants = NormalizeGrants(c.Grants)
		}
	}
	for _, f := range db.Functions {
		f.Grants, f.Revokes = NormalizeGrants(f.Grants), NormalizeGrants(f.Revokes)
	}
	for _, e := range db.Enums {
		e.Grants, e.Revokes = NormalizeGrants(e.Grants), NormalizeGrants(e.Revokes)
	}
	for _, d := range db.Domains {
		d.Grants, d.Revokes = NormalizeGrants(d.Grants), NormalizeGrants(d.Revokes)
	}
	for _, c := range db.CompositeTypes {
		c.Grants, c.Revokes = NormalizeGrants(c.Grants), NormalizeGrants(c.Revokes)
	}
	for _, r := range db.RangeTypes {
		r.Grants, r.Revokes = NormalizeGrants(r.Grants), NormalizeGrants(r.Revokes)
	}
	for _, w := range db.ForeignDataWrappers {
		w.Grants = NormalizeGrants(w.Grants)
	}
	for _, s := range db.ForeignServers {
		s.Grants = NormalizeGrants(s.Grants)
	}
	for _, t := range db.ForeignTables {
		t.Grants = NormalizeGrants(t.Grants)
		for _, c := range t.Columns {
			c.Grants = NormalizeGrants(c.Grants)
		}
	}
	normalizeDefaultPrivileges(db)
}
