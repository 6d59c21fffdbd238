package schema

import (
	"cmp"
	"slices"
)

// DefaultPrivilege is one entry of ALTER DEFAULT PRIVILEGES (a row of
// pg_default_acl): the privileges that objects of one kind get when one
// role creates them, in every schema or in one schema. The entry changes
// no existing object; an object created while it is in force gets its
// privileges in its own Grants and Revokes, as an explicit GRANT would
// give them.
//
// PostgreSQL keeps two kinds of entries. A global entry (Schema "")
// replaces the built-in defaults of the kind (see DefaultGrants): its
// Grants are what it gives beyond them and its Revokes what it takes from
// them. A per-schema entry can only add privileges to what the global
// entry (or the built-in defaults) give: it has Grants and never Revokes.
// The privileges of the creating role itself are not modeled, as for
// objects (ownership is not part of the model).
type DefaultPrivilege struct {
	// Role is the role whose new objects get these privileges (FOR ROLE),
	// raw (unquoted); "" is the role that applies the schema, the current
	// user (ALTER DEFAULT PRIVILEGES without FOR ROLE). Objects a plan or
	// a schema file creates are created by that role: only its entries
	// apply to them.
	Role string `json:"role,omitempty"`
	// Schema is the schema of a per-schema entry (IN SCHEMA), raw; "" for
	// a global entry.
	Schema string `json:"schema,omitempty"`
	// Kind is the kind of objects: ACLTable (tables, views, materialized
	// views and foreign tables: ON TABLES), ACLSequence, ACLFunction
	// (functions, procedures and aggregates: ON FUNCTIONS or ROUTINES),
	// ACLType (types and domains) or ACLSchema (global entries only).
	Kind ACLKind `json:"kind"`
	// Grants are the privileges new objects get beyond the built-in
	// defaults (a global entry) or beyond the global entry (a per-schema
	// entry).
	Grants []Grant `json:"grants,omitempty"`
	// Revokes are the built-in defaults a global entry takes away (EXECUTE
	// to PUBLIC on functions, USAGE to PUBLIC on types); nil for a
	// per-schema entry.
	Revokes []Grant `json:"revokes,omitempty"`
}

// DefaultPrivilegeKinds are the kinds of objects ALTER DEFAULT PRIVILEGES
// applies to, in the order of PostgreSQL's grammar.
var DefaultPrivilegeKinds = []ACLKind{ACLTable, ACLSequence, ACLFunction, ACLType, ACLSchema}

// DefaultPrivilegeKey identifies an entry: role, schema and kind.
type DefaultPrivilegeKey struct {
	Role, Schema string
	Kind         ACLKind
}

// Key returns d's identity.
func (d *DefaultPrivilege) Key() DefaultPrivilegeKey {
	return DefaultPrivilegeKey{Role: d.Role, Schema: d.Schema, Kind: d.Kind}
}

// Empty reports whether d changes nothing: PostgreSQL removes such an
// entry, and so does the model.
func (d *DefaultPrivilege) Empty() bool { return len(d.Grants) == 0 && len(d.Revokes) == 0 }

// CompareDefaultPrivileges orders entries by role, schema (global entries
// first) and kind (in the order of DefaultPrivilegeKinds).
func CompareDefaultPrivileges(a, b *DefaultPrivilege) int {
	if c := cmp.Compare(a.Role, b.Role); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Schema, b.Schema); c != 0 {
		return c
	}
	return cmp.Compare(slices.Index(DefaultPrivilegeKinds, a.Kind), slices.Index(DefaultPrivilegeKinds, b.Kind))
}

// CreationACL returns the privileges (the owner's excepted) that an object
// of kind k called name in schema sch gets when role ("" for the current
// user) creates it while the entries dps are in force: the built-in
// defaults of its kind, replaced by the global entry when there is one,
// plus the entry of its schema. all is the kind's privileges on the server
// in question (nil: KindPrivileges(k)). Columns get no default privileges.
// For a schema, sch is its own name and only global entries apply.
func CreationACL(dps []*DefaultPrivilege, role string, k ACLKind, sch, name string, all []string) ACL {
	if all == nil {
		all = KindPrivileges(k)
	}
	acl := EffectiveACL(DefaultGrants(k, name), nil, nil, all)
	for _, d := range dps {
		if d.Role != role || d.Kind != k || d.Schema != "" {
			continue
		}
		acl = EffectiveACL(DefaultGrants(k, name), d.Grants, d.Revokes, all)
	}
	if k == ACLSchema {
		return acl
	}
	for _, d := range dps {
		if d.Role == role && d.Kind == k && d.Schema == sch && sch != "" {
			for _, g := range d.Grants {
				acl.Grant(g, all)
			}
		}
	}
	return acl
}

// CreationGrants returns CreationACL as the model stores an object's
// privileges: Grants beyond the kind's defaults and Revokes of defaults it
// lacks (see ACL.Delta).
func CreationGrants(dps []*DefaultPrivilege, role string, k ACLKind, sch, name string, all []string) (grants, revokes []Grant) {
	if all == nil {
		all = KindPrivileges(k)
	}
	return CreationACL(dps, role, k, sch, name, all).Delta(k, DefaultGrants(k, name), all)
}

// normalizeDefaultPrivileges sorts db's entries, normalizes their lists
// and drops entries that change nothing.
func normalizeDefaultPrivileges(db *Database) {
	kept := db.DefaultPrivileges[:0]
	for _, d := range db.DefaultPrivileges {
		d.Grants, d.Revokes = NormalizeGrants(d.Grants), NormalizeGrants(d.Revokes)
		if !d.Empty() {
			kept = append(kept, d)
		}
	}
	slices.SortFunc(kept, CompareDefaultPrivileges)
	db.DefaultPrivileges = nilIfEmpty(kept)
}
