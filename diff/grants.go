package diff

import (
	"reflect"
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AlterPrivileges changes the privileges of one object that exists on
// both sides (GRANT and REVOKE). Objects that are added carry their
// privileges in their Add change.
type AlterPrivileges struct {
	// Object identifies the object.
	Object ACLObject
	// From and To are the object's Grants on each side.
	From, To []schema.Grant
	// FromRevokes and ToRevokes are the object's Revokes on each side
	// (kinds with default privileges only).
	FromRevokes, ToRevokes []schema.Grant
}

// ACLObject identifies an object with privileges.
type ACLObject struct {
	// Kind is the object's kind.
	Kind schema.ACLKind
	// Schema and Name name the object; for a schema, both are its name.
	// For a column, they name its table.
	Schema, Name string
	// Column is the column name of a column (Kind schema.ACLColumn).
	Column string `json:",omitempty"`
	// Signature is the signature of a function (schema.Function.Signature).
	Signature string `json:",omitempty"`
	// Args are a function's identity argument types, joined by ", "
	// (schema.Function.IdentityArgs), as GRANT ... ON ROUTINE names them.
	Args string `json:",omitempty"`
}

// QName returns the qualified name of the object (of the table of a
// column).
func (o ACLObject) QName() schema.QName { return schema.QName{Schema: o.Schema, Name: o.Name} }

// Qualified returns the object's name: the quoted schema name, the
// qualified name, "table.column" for a column, or the function signature.
func (o ACLObject) Qualified() string {
	switch o.Kind {
	case schema.ACLSchema, schema.ACLForeignDataWrapper, schema.ACLForeignServer:
		return schema.QuoteIdent(o.Name)
	case schema.ACLColumn:
		return o.QName().String() + "." + schema.QuoteIdent(o.Column)
	case schema.ACLFunction:
		return o.Signature
	}
	return o.QName().String()
}

// String names the object for people: "schema app", "table public.t",
// "column public.t.c", "function public.f(integer)".
func (o ACLObject) String() string { return string(o.Kind) + " " + o.Qualified() }

func (AlterPrivileges) isChange() {}

func (c AlterPrivileges) String() string {
	return "alter privileges of " + c.Object.String() + ": " + grantsText(c.From, c.FromRevokes) + " -> " + grantsText(c.To, c.ToRevokes)
}

// grantsText prints privileges for a description: "strata_app: SELECT,
// INSERT; PUBLIC: revoked EXECUTE", or "defaults".
func grantsText(grants, revokes []schema.Grant) string {
	var parts []string
	for _, g := range revokes {
		parts = append(parts, g.Grantee+": revoked "+strings.Join(g.Privileges, ", "))
	}
	for _, g := range grants {
		s := g.Grantee + ": " + strings.Join(g.Privileges, ", ")
		if g.GrantOption {
			s += " with grant option"
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return "defaults"
	}
	return strings.Join(parts, "; ")
}

// ACLHolder is one object with privileges in a model.
type ACLHolder struct {
	// Object identifies it.
	Object ACLObject
	// Grants and Revokes are its privilege lists (Revokes nil for kinds
	// without default privileges).
	Grants, Revokes []schema.Grant
}

// ACLHolders lists every object of db that can hold privileges, in a
// deterministic order (by kind as listed here, then name): schemas,
// sequences, tables and their columns, then the kinds of
// otherACLHolders.
func ACLHolders(db *schema.Database) []ACLHolder {
	var out []ACLHolder
	for _, s := range db.Schemas {
		out = append(out, ACLHolder{ACLObject{Kind: schema.ACLSchema, Schema: s.Name, Name: s.Name}, s.Grants, s.Revokes})
	}
	for _, s := range db.Sequences {
		out = append(out, ACLHolder{ACLObject{Kind: schema.ACLSequence, Schema: s.Schema, Name: s.Name}, s.Grants, nil})
	}
	tables := map[schema.QName]*schema.Table{}
	for _, t := range db.Tables {
		tables[t.QName()] = t
	}
	for _, t := range db.Tables {
		out = append(out, ACLHolder{ACLObject{Kind: schema.ACLTable, Schema: t.Schema, Name: t.Name}, t.Grants, nil})
		for _, c := range t.Columns {
			out = append(out, ACLHolder{ACLObject{Kind: schema.ACLColumn, Schema: t.Schema, Name: t.Name, Column: c.Name}, c.Grants, nil})
		}
		for _, c := range inheritedOnly(t, tables) {
			out = append(out, ACLHolder{Object: ACLObject{Kind: schema.ACLColumn, Schema: t.Schema, Name: t.Name, Column: c}})
		}
	}
	return append(out, otherACLHolders(db)...)
}

// inheritedOnly returns the columns a partition or inheritance child has
// from its parents that the model leaves out of t.Columns because they
// only repeat the parent's (schema.Normalize): they exist, without
// column privileges of their own.
func inheritedOnly(t *schema.Table, tables map[schema.QName]*schema.Table) []string {
	var out []string
	seen := map[schema.QName]bool{}
	var walk func(q schema.QName)
	walk = func(q schema.QName) {
		p := tables[q]
		if p == nil || seen[q] {
			return
		}
		seen[q] = true
		for _, c := range p.Columns {
			if t.Column(c.Name) == nil && !slices.Contains(out, c.Name) {
				out = append(out, c.Name)
			}
		}
		if p.PartitionOf != nil {
			walk(*p.PartitionOf)
		}
		for _, g := range p.Inherits {
			walk(g)
		}
	}
	if t.PartitionOf != nil {
		walk(*t.PartitionOf)
	}
	for _, g := range t.Inherits {
		walk(g)
	}
	return out
}

// otherACLHolders lists the views (and their columns), functions, types,
// foreign tables (and their columns), foreign-data wrappers and foreign
// servers of db.
func otherACLHolders(db *schema.Database) []ACLHolder {
	var out []ACLHolder
	for _, v := range db.Views {
		out = append(out, ACLHolder{ACLObject{Kind: schema.ACLTable, Schema: v.Schema, Name: v.Name}, v.Grants, nil})
		for _, c := range v.Columns {
			out = append(out, ACLHolder{ACLObject{Kind: schema.ACLColumn, Schema: v.Schema, Name: v.Name, Column: c.Name}, c.Grants, nil})
		}
	}
	for _, f := range db.Functions {
		out = append(out, ACLHolder{ACLObject{Kind: schema.ACLFunction, Schema: f.Schema, Name: f.Name,
			Signature: f.Signature(), Args: strings.Join(f.IdentityArgs(), ", ")}, f.Grants, f.Revokes})
	}
	typ := func(q schema.QName, grants, revokes []schema.Grant) {
		out = append(out, ACLHolder{ACLObject{Kind: schema.ACLType, Schema: q.Schema, Name: q.Name}, grants, revokes})
	}
	for _, e := range db.Enums {
		typ(e.QName(), e.Grants, e.Revokes)
	}
	for _, d := range db.Domains {
		typ(d.QName(), d.Grants, d.Revokes)
	}
	for _, c := range db.CompositeTypes {
		typ(c.QName(), c.Grants, c.Revokes)
	}
	for _, r := range db.RangeTypes {
		typ(r.QName(), r.Grants, r.Revokes)
	}
	for _, t := range db.ForeignTables {
		out = append(out, ACLHolder{ACLObject{Kind: schema.ACLTable, Schema: t.Schema, Name: t.Name}, t.Grants, nil})
		for _, c := range t.Columns {
			out = append(out, ACLHolder{ACLObject{Kind: schema.ACLColumn, Schema: t.Schema, Name: t.Name, Column: c.Name}, c.Grants, nil})
		}
	}
	for _, w := range db.ForeignDataWrappers {
		out = append(out, ACLHolder{ACLObject{Kind: schema.ACLForeignDataWrapper, Name: w.Name}, w.Grants, nil})
	}
	for _, s := range db.ForeignServers {
		out = append(out, ACLHolder{ACLObject{Kind: schema.ACLForeignServer, Name: s.Name}, s.Grants, nil})
	}
	return out
}

// comparePrivileges appends an AlterPrivileges for every object on both
// sides whose privileges differ, in the order of ACLHolders.
func comparePrivileges(list []Change, from, to *schema.Database) []Change {
	old := map[ACLObject]ACLHolder{}
	for _, h := range ACLHolders(from) {
		old[h.Object] = h
	}
	for _, h := range ACLHolders(to) {
		o, ok := old[h.Object]
		if !ok {
			continue
		}
		if !sameGrants(o.Grants, h.Grants) || !sameGrants(o.Revokes, h.Revokes) {
			list = append(list, AlterPrivileges{Object: h.Object, From: o.Grants, To: h.Grants, FromRevokes: o.Revokes, ToRevokes: h.Revokes})
		}
	}
	return list
}

func sameGrants(a, b []schema.Grant) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	return len(a) == len(b) && reflect.DeepEqual(slices.Clip(a), slices.Clip(b))
}
