package ddl

import (
	"slices"

	"github.com/stratadb/strata/schema"
)

// renderEarlyRoutines adds the functions created before the tables and,
// among them, the types that need one of them (typeOrder.mid: range types
// over a user canonical or subtype_diff function, domains whose default
// calls a user function, and the types over those): first the functions
// that do not use such a type in their signature (a range's own support
// functions always come first, the canonical one over the range's shell
// type), then those types, then the functions that use them. A support
// function Render would create after the tables (one with a SQL-standard
// body, which PostgreSQL checks) comes before the types when its body
// reads no relation and calls no function created later; it is taken out
// of the returned order's afterTables.
func renderEarlyRoutines(s *script, db *schema.Database, o routineOrder) routineOrder {
	types := userTypesInOrder(db)
	usesMid := func(f *schema.Function) bool {
		for _, q := range functionTypes(f) {
			if types.midNames[q.String()] {
				return true
			}
		}
		return false
	}
	var pre, post []*schema.Function
	for _, f := range o.beforeTables {
		if types.needed[f.QName().String()] || !usesMid(f) {
			pre = append(pre, f)
		} else {
			post = append(post, f)
		}
	}
	if len(types.mid) > 0 {
		user := map[string]bool{}
		for _, f := range db.Functions {
			user[f.QName().String()] = true
		}
		created := map[string]bool{}
		for _, f := range pre {
			created[f.QName().String()] = true
		}
		var after []*schema.Function
		for _, f := range o.afterTables {
			if types.needed[f.QName().String()] && earlyEnough(f, user, created, types.midNames) {
				pre = append(pre, f)
				created[f.QName().String()] = true
				continue
			}
			after = append(after, f)
		}
		o.afterTables = after
	}
	for i, f := range append(slices.Clone(pre), post...) {
		if i == 0 {
			s.add("SET check_function_bodies = false")
		}
		if i == len(pre) {
			s.section()
			for _, stmt := range types.mid {
				s.add(stmt)
			}
			s.section()
		}
		s.add(CreateFunction(f, false))
	}
	if len(post) == 0 && len(types.mid) > 0 {
		s.section()
		for _, stmt := range types.mid {
			s.add(stmt)
		}
	}
	return o
}

// earlyEnough reports whether f, a function Render would create after the
// tables, can be created before them: a plain function (not an aggregate)
// whose SQL-standard body reads no relation and calls only built-in
// functions and those already created, with no type of the mid group in
// its signature.
func earlyEnough(f *schema.Function, user, created, mid map[string]bool) bool {
	if f.Kind == schema.KindAggregate || f.SQLBody == "" || f.Support != "" && user[f.Support] && !created[f.Support] {
		return false
	}
	for _, q := range functionTypes(f) {
		if mid[q.String()] {
			return false
		}
	}
	refs := QueryReferences("CREATE FUNCTION f() RETURNS integer LANGUAGE sql " + f.SQLBody)
	if len(refs.Relations) > 0 {
		return false
	}
	for _, q := range refs.Functions {
		if user[q.String()] && !created[q.String()] {
			return false
		}
	}
	return true
}
