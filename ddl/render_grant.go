package ddl

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// GrantTarget is the object part of a GRANT or REVOKE statement, e.g.
// "TABLE public.t", "SCHEMA app", "FUNCTION public.f(integer)".
type GrantTarget string

// GrantOnSchema returns the target of schema name.
func GrantOnSchema(name string) GrantTarget { return GrantTarget("SCHEMA " + schema.QuoteIdent(name)) }

// GrantOnTable returns the target of a table, view, materialized view or
// foreign table (GRANT ... ON TABLE works for all of them).
func GrantOnTable(q schema.QName) GrantTarget { return GrantTarget("TABLE " + q.String()) }

// GrantOnSequence returns the target of a sequence.
func GrantOnSequence(q schema.QName) GrantTarget { return GrantTarget("SEQUENCE " + q.String()) }

// GrantOnFunction returns the target of a function, procedure or
// aggregate q with identity argument types args, joined by ", " (ROUTINE
// covers all three).
func GrantOnFunction(q schema.QName, args string) GrantTarget {
	return GrantTarget("ROUTINE " + q.String() + "(" + args + ")")
}

// GrantOnType returns the target of a type or domain.
func GrantOnType(q schema.QName) GrantTarget { return GrantTarget("TYPE " + q.String()) }

// GrantOnForeignDataWrapper returns the target of a foreign-data wrapper.
func GrantOnForeignDataWrapper(name string) GrantTarget {
	return GrantTarget("FOREIGN DATA WRAPPER " + schema.QuoteIdent(name))
}

// GrantOnForeignServer returns the target of a foreign server.
func GrantOnForeignServer(name string) GrantTarget {
	return GrantTarget("FOREIGN SERVER " + schema.QuoteIdent(name))
}

// grantee prints a grantee: PUBLIC or a quoted role name.
func grantee(g string) string {
	if g == schema.Public {
		return "PUBLIC"
	}
	return schema.QuoteIdent(g)
}

// privilegeList prints privileges, with the column list cols after each
// when cols is not empty ("SELECT (a, b)").
func privilegeList(privileges, cols []string) string {
	suffix := ""
	if len(cols) > 0 {
		q := make([]string, len(cols))
		for i, c := range cols {
			q[i] = schema.QuoteIdent(c)
		}
		suffix = " (" + strings.Join(q, ", ") + ")"
	}
	parts := make([]string, len(privileges))
	for i, p := range privileges {
		parts[i] = p + suffix
	}
	return strings.Join(parts, ", ")
}

// GrantStatement returns the GRANT statement of g on target, for the
// columns cols of a relation when cols is not empty.
func GrantStatement(target GrantTarget, cols []string, g schema.Grant) string {
	s := "GRANT " + privilegeList(g.Privileges, cols) + " ON " + string(target) + " TO " + grantee(g.Grantee)
	if g.GrantOption {
		s += " WITH GRANT OPTION"
	}
	return s
}

// RevokeStatement returns the REVOKE statement that takes privileges (or
// only their grant option, when optionOnly) on target from grantee, for
// the columns cols of a relation when cols is not empty.
func RevokeStatement(target GrantTarget, cols []string, grantee_ string, privileges []string, optionOnly bool) string {
	s := "REVOKE "
	if optionOnly {
		s += "GRANT OPTION FOR "
	}
	return s + privilegeList(privileges, cols) + " ON " + string(target) + " FROM " + grantee(grantee_)
}

// GrantStatements returns the statements that give a new object (which
// has the defaults of its kind) the privileges the model holds: the
// REVOKEs of revokes, then the GRANTs of grants.
func GrantStatements(target GrantTarget, grants, revokes []schema.Grant) []string {
	var out []string
	for _, r := range revokes {
		out = append(out, RevokeStatement(target, nil, r.Grantee, r.Privileges, false))
	}
	for _, g := range grants {
		out = append(out, GrantStatement(target, nil, g))
	}
	return out
}

// ColumnGrantStatements returns the GRANTs of the column privileges of
// table t, column by column in position order.
func ColumnGrantStatements(t *schema.Table) []string {
	var out []string
	for _, c := range t.Columns {
		for _, g := range c.Grants {
			out = append(out, GrantStatement(GrantOnTable(t.QName()), []string{c.Name}, g))
		}
	}
	return out
}

// renderGrants adds the privileges of every object of db, after
// everything else exists.
func renderGrants(s *script, db *schema.Database) {
	schemas := slices.Clone(db.Schemas)
	slices.SortFunc(schemas, func(a, b *schema.Schema) int { return strings.Compare(a.Name, b.Name) })
	for _, sc := range schemas {
		for _, stmt := range GrantStatements(GrantOnSchema(sc.Name), sc.Grants, sc.Revokes) {
			s.add(stmt)
		}
	}
	for _, seq := range db.Sequences {
		for _, stmt := range GrantStatements(GrantOnSequence(seq.QName()), seq.Grants, nil) {
			s.add(stmt)
		}
	}
	for _, t := range db.Tables {
		for _, stmt := range GrantStatements(GrantOnTable(t.QName()), t.Grants, nil) {
			s.add(stmt)
		}
		for _, stmt := range ColumnGrantStatements(t) {
			s.add(stmt)
		}
	}
	renderOtherGrants(s, db)
	s.section()
}

// renderOtherGrants adds the privileges of views, functions, types and
// foreign-data objects.
func renderOtherGrants(s *script, db *schema.Database) {
	add := func(stmts []string) {
		for _, stmt := range stmts {
			s.add(stmt)
		}
	}
	for _, v := range db.Views {
		add(GrantStatements(GrantOnTable(v.QName()), v.Grants, nil))
		for _, c := range v.Columns {
			for _, g := range c.Grants {
				s.add(GrantStatement(GrantOnTable(v.QName()), []string{c.Name}, g))
			}
		}
	}
	for _, f := range db.Functions {
		add(GrantStatements(GrantOnFunction(f.QName(), strings.Join(f.IdentityArgs(), ", ")), f.Grants, f.Revokes))
	}
	for _, e := range db.Enums {
		add(GrantStatements(GrantOnType(e.QName()), e.Grants, e.Revokes))
	}
	for _, d := range db.Domains {
		add(GrantStatements(GrantOnType(d.QName()), d.Grants, d.Revokes))
	}
	for _, c := range db.CompositeTypes {
		add(GrantStatements(GrantOnType(c.QName()), c.Grants, c.Revokes))
	}
	for _, r := range db.RangeTypes {
		add(GrantStatements(GrantOnType(r.QName()), r.Grants, r.Revokes))
	}
	for _, w := range db.ForeignDataWrappers {
		add(GrantStatements(GrantOnForeignDataWrapper(w.Name), w.Grants, nil))
	}
	for _, sv := range db.ForeignServers {
		add(GrantStatements(GrantOnForeignServer(sv.Name), sv.Grants, nil))
	}
	for _, t := range db.ForeignTables {
		add(GrantStatements(GrantOnTable(t.QName()), t.Grants, nil))
		for _, c := range t.Columns {
			for _, g := range c.Grants {
				s.add(GrantStatement(GrantOnTable(t.QName()), []string{c.Name}, g))
			}
		}
	}
}
