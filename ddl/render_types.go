package ddl

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// CreateDomain returns the CREATE DOMAIN statement for d with its default,
// NOT NULL and its validated check constraints; NOT VALID checks are added
// apart (see AddDomainCheck), and so is its comment (CommentOnDomain).
func CreateDomain(d *schema.Domain) string {
	var b strings.Builder
	b.WriteString("CREATE DOMAIN " + d.QName().String() + " AS " + d.Type)
	if d.Collation != "" {
		b.WriteString(" COLLATE " + d.Collation)
	}
	if d.Default != "" {
		b.WriteString(" DEFAULT " + d.Default)
	}
	if d.NotNull {
		b.WriteString(" NOT NULL")
	}
	for _, c := range d.Checks {
		if !c.NotValid && !DomainCheckLate(c) {
			b.WriteString(" CONSTRAINT " + schema.QuoteIdent(c.Name) + " CHECK (" + c.Expr + ")")
		}
	}
	return b.String()
}

// DomainCheckLate reports whether check c is left out of CreateDomain:
// it is NOT VALID, or it calls a function outside pg_catalog, which may
// not exist yet when the domain is created.
func DomainCheckLate(c *schema.DomainCheck) bool {
	return c.NotValid || len(ExprReferences(c.Expr).Functions) > 0
}

// AddDomainCheck returns ALTER DOMAIN ... ADD CONSTRAINT for check c of d,
// NOT VALID when c is.
func AddDomainCheck(d *schema.Domain, c *schema.DomainCheck) string {
	s := "ALTER DOMAIN " + d.QName().String() + " ADD CONSTRAINT " + schema.QuoteIdent(c.Name) + " CHECK (" + c.Expr + ")"
	if c.NotValid {
		s += " NOT VALID"
	}
	return s
}

// CreateCompositeType returns the CREATE TYPE ... AS (...) statement for c.
func CreateCompositeType(c *schema.CompositeType) string {
	attrs := make([]string, len(c.Attributes))
	for i, a := range c.Attributes {
		attrs[i] = AttributeDef(a)
	}
	return "CREATE TYPE " + c.QName().String() + " AS (" + strings.Join(attrs, ", ") + ")"
}

// AttributeDef returns "name type [COLLATE c]" for attribute a.
func AttributeDef(a *schema.Attribute) string {
	s := schema.QuoteIdent(a.Name) + " " + a.Type
	if a.Collation != "" {
		s += " COLLATE " + a.Collation
	}
	return s
}

// CreateRangeType returns the CREATE TYPE ... AS RANGE statement for r.
func CreateRangeType(r *schema.RangeType) string {
	opts := []string{"SUBTYPE = " + r.Subtype}
	if r.SubtypeOpClass != "" {
		opts = append(opts, "SUBTYPE_OPCLASS = "+r.SubtypeOpClass)
	}
	if r.Collation != "" {
		opts = append(opts, "COLLATION = "+r.Collation)
	}
	if r.Canonical != "" {
		opts = append(opts, "CANONICAL = "+r.Canonical)
	}
	if r.SubtypeDiff != "" {
		opts = append(opts, "SUBTYPE_DIFF = "+r.SubtypeDiff)
	}
	if r.Multirange != nil {
		opts = append(opts, "MULTIRANGE_TYPE_NAME = "+r.Multirange.String())
	}
	return "CREATE TYPE " + r.QName().String() + " AS RANGE (" + strings.Join(opts, ", ") + ")"
}

// CreateCollation returns the CREATE COLLATION statement for c.
func CreateCollation(c *schema.Collation) string {
	opts := []string{"PROVIDER = " + c.Provider}
	if c.Provider == "libc" {
		opts = append(opts, "LC_COLLATE = "+QuoteLiteral(c.LcCollate), "LC_CTYPE = "+QuoteLiteral(c.LcCtype))
	} else {
		opts = append(opts, "LOCALE = "+QuoteLiteral(c.Locale))
	}
	if c.Rules != "" {
		opts = append(opts, "RULES = "+QuoteLiteral(c.Rules))
	}
	if c.Nondeterministic {
		opts = append(opts, "DETERMINISTIC = false")
	}
	return "CREATE COLLATION " + c.QName().String() + " (" + strings.Join(opts, ", ") + ")"
}

// CreateCast returns the CREATE CAST statement for c.
func CreateCast(c *schema.Cast) string {
	s := "CREATE CAST (" + c.Source + " AS " + c.Target + ") "
	switch c.Method {
	case schema.CastFunction:
		s += "WITH FUNCTION " + c.Function
	case schema.CastInOut:
		s += "WITH INOUT"
	default:
		s += "WITHOUT FUNCTION"
	}
	switch c.Context {
	case schema.CastAssignment:
		s += " AS ASSIGNMENT"
	case schema.CastImplicit:
		s += " AS IMPLICIT"
	}
	return s
}

// DropCast returns the DROP CAST statement for c.
func DropCast(c *schema.Cast) string { return "DROP CAST (" + c.Source + " AS " + c.Target + ")" }

// CreateOperator returns the CREATE OPERATOR statement for o.
func CreateOperator(o *schema.Operator) string {
	fn := o.Function
	if i := strings.IndexByte(fn, '('); i >= 0 {
		fn = fn[:i]
	}
	opts := []string{"FUNCTION = " + fn}
	if o.Left != "" {
		opts = append(opts, "LEFTARG = "+o.Left)
	}
	opts = append(opts, "RIGHTARG = "+o.Right)
	if o.Commutator != "" {
		opts = append(opts, "COMMUTATOR = OPERATOR("+o.Commutator+")")
	}
	if o.Negator != "" {
		opts = append(opts, "NEGATOR = OPERATOR("+o.Negator+")")
	}
	if o.Restrict != "" {
		opts = append(opts, "RESTRICT = "+o.Restrict)
	}
	if o.Join != "" {
		opts = append(opts, "JOIN = "+o.Join)
	}
	if o.Hashes {
		opts = append(opts, "HASHES")
	}
	if o.Merges {
		opts = append(opts, "MERGES")
	}
	return "CREATE OPERATOR " + schema.QuoteIdent(o.Schema) + "." + o.Name + " (" + strings.Join(opts, ", ") + ")"
}

// DropOperator returns the DROP OPERATOR statement for o.
func DropOperator(o *schema.Operator) string { return "DROP OPERATOR " + o.Signature() }

// CommentOnDomain returns the statement that sets the comment of domain
// name; "" removes it.
func CommentOnDomain(name schema.QName, text string) string {
	return commentOn("DOMAIN "+name.String(), text)
}

// CommentOnDomainCheck returns the statement that sets the comment of
// constraint check of domain name; "" removes it.
func CommentOnDomainCheck(name schema.QName, check, text string) string {
	return commentOn("CONSTRAINT "+schema.QuoteIdent(check)+" ON DOMAIN "+name.String(), text)
}

// CommentOnAttribute returns the statement that sets the comment of
// attribute attr of composite type name; "" removes it.
func CommentOnAttribute(name schema.QName, attr, text string) string {
	return commentOn("COLUMN "+name.String()+"."+schema.QuoteIdent(attr), text)
}

// CommentOnCollation returns the statement that sets the comment of
// collation name; "" removes it.
func CommentOnCollation(name schema.QName, text string) string {
	return commentOn("COLLATION "+name.String(), text)
}

// CommentOnCast returns the statement that sets the comment of cast c; ""
// removes it.
func CommentOnCast(c *schema.Cast, text string) string {
	return commentOn("CAST ("+c.Source+" AS "+c.Target+")", text)
}

// CommentOnOperator returns the statement that sets the comment of
// operator o; "" removes it.
func CommentOnOperator(o *schema.Operator, text string) string {
	return commentOn("OPERATOR "+o.Signature(), text)
}

// typeRefs returns the name of the type typ (as the model spells types)
// without array brackets and modifiers: the type it refers to.
func typeRefs(typ string) string {
	for strings.HasSuffix(typ, "[]") {
		typ = strings.TrimSuffix(typ, "[]")
	}
	if i := strings.IndexByte(typ, '('); i >= 0 && !strings.HasSuffix(typ, `"`) {
		typ = typ[:i]
	}
	return typ
}

// userType is a domain, composite or range type with the types it uses
// and the user functions its creation needs (a range's canonical and
// subtype_diff functions, functions a domain's default calls).
type userType struct {
	name   string
	uses   []string
	needs  []string
	create []string
}

// typeOrder is Render's order of the domains, composite and range types
// (see userTypesInOrder).
type typeOrder struct {
	// early are created before the functions, late after the tables and
	// views (they use a table's row type), mid after the functions
	// created before the tables (they need one of them).
	early, mid, late []string
	// shells create, before the functions, the shell types of the mid
	// range types whose canonical function is a user function: that
	// function takes and returns the range type (pg_dump does the same).
	shells []string
	// midNames are the qualified names of the mid types and of their
	// multirange types.
	midNames map[string]bool
	// needed are the qualified names of the user functions the mid types
	// need.
	needed map[string]bool
}

// userTypesInOrder returns the CREATE statements of db's domains,
// composite and range types, each after the types it uses, in name order
// otherwise: first those that can be created before the functions, then
// (mid) those that need a user function, directly or through another type,
// then (late) those that use a table's row type, directly or through
// another type.
func userTypesInOrder(db *schema.Database) typeOrder {
	userFns := map[string]bool{}
	for _, f := range db.Functions {
		userFns[f.QName().String()] = true
	}
	userNeeds := func(names ...string) []string {
		var out []string
		for _, n := range names {
			if userFns[n] {
				out = append(out, n)
			}
		}
		return out
	}
	byName := map[string]*userType{}
	for _, d := range db.Domains {
		var calls []string
		for _, q := range ExprReferences(d.Default).Functions {
			calls = append(calls, q.String())
		}
		byName[d.QName().String()] = &userType{name: d.QName().String(), uses: []string{typeRefs(d.Type)}, needs: userNeeds(calls...), create: []string{CreateDomain(d)}}
	}
	for _, c := range db.CompositeTypes {
		u := &userType{name: c.QName().String(), create: []string{CreateCompositeType(c)}}
		for _, a := range c.Attributes {
			u.uses = append(u.uses, typeRefs(a.Type))
		}
		byName[u.name] = u
	}
	shell := map[string]bool{}
	for _, r := range db.RangeTypes {
		n := r.QName().String()
		byName[n] = &userType{name: n, uses: []string{typeRefs(r.Subtype)}, needs: userNeeds(r.Canonical, r.SubtypeDiff), create: []string{CreateRangeType(r)}}
		shell[n] = len(userNeeds(r.Canonical)) > 0
		// the multirange type's name leads to the range
		byName[r.MultirangeName().String()] = &userType{name: r.MultirangeName().String(), uses: []string{n}}
	}
	tables := map[string]bool{}
	for _, t := range db.Tables {
		tables[t.QName().String()] = true
	}
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	slices.Sort(names)
	out := typeOrder{midNames: map[string]bool{}, needed: map[string]bool{}}
	const early, mid, late = 0, 1, 2
	level := map[string]int{}
	done := map[string]bool{}
	var visit func(n string) int
	visit = func(n string) int {
		u := byName[n]
		if u == nil {
			if tables[n] {
				return late
			}
			return early
		}
		if done[n] {
			return level[n]
		}
		done[n] = true
		if len(u.needs) > 0 {
			level[n] = mid
		}
		for _, x := range u.uses {
			level[n] = max(level[n], visit(x))
		}
		switch level[n] {
		case late:
			out.late = append(out.late, u.create...)
		case mid:
			out.midNames[n] = true
			for _, f := range u.needs {
				out.needed[f] = true
			}
			if shell[n] {
				out.shells = append(out.shells, "CREATE TYPE "+n)
			}
			out.mid = append(out.mid, u.create...)
		default:
			out.early = append(out.early, u.create...)
		}
		return level[n]
	}
	for _, n := range names {
		visit(n)
	}
	return out
}

// renderUserTypes adds the collations, then the domains, composite and
// range types (each after the types it uses) that need no user function,
// and the shell types of the range types whose canonical function is a
// user function. Render calls it after the enums.
func renderUserTypes(s *script, db *schema.Database) {
	for _, c := range sortedBy(db.Collations, (*schema.Collation).QName) {
		s.add(CreateCollation(c))
	}
	s.section()
	types := userTypesInOrder(db)
	for _, stmt := range types.early {
		s.add(stmt)
	}
	for _, stmt := range types.shells {
		s.add(stmt)
	}
	s.section()
}

// renderUserTypesLate adds what may depend on functions and tables: the
// types over a table's row type, the domain checks CreateDomain leaves
// out, casts, operators (but those of created: earlyOperators), and the
// comments of all these objects. Render calls it before the comments.
func renderUserTypesLate(s *script, db *schema.Database, created map[string]bool) {
	for _, stmt := range userTypesInOrder(db).late {
		s.add(stmt)
	}
	s.section()
	domains := sortedBy(db.Domains, (*schema.Domain).QName)
	for _, d := range domains {
		for _, c := range d.Checks {
			if DomainCheckLate(c) {
				s.add(AddDomainCheck(d, c))
			}
		}
	}
	s.section()
	casts := slices.Clone(db.Casts)
	slices.SortFunc(casts, func(a, b *schema.Cast) int { return strings.Compare(a.Key(), b.Key()) })
	for _, c := range casts {
		s.add(CreateCast(c))
	}
	s.section()
	ops := slices.Clone(db.Operators)
	slices.SortFunc(ops, func(a, b *schema.Operator) int { return strings.Compare(a.Signature(), b.Signature()) })
	byClasses := opclassOperatorNames(db) // rendered by renderOpClasses
	for _, o := range ops {
		if !byClasses[o.Signature()] && !created[o.Signature()] {
			s.add(CreateOperator(o))
		}
	}
	s.section()
	for _, c := range sortedBy(db.Collations, (*schema.Collation).QName) {
		if c.Comment != "" {
			s.add(CommentOnCollation(c.QName(), c.Comment))
		}
	}
	for _, d := range domains {
		if d.Comment != "" {
			s.add(CommentOnDomain(d.QName(), d.Comment))
		}
		for _, c := range d.Checks {
			if c.Comment != "" {
				s.add(CommentOnDomainCheck(d.QName(), c.Name, c.Comment))
			}
		}
	}
	for _, c := range sortedBy(db.CompositeTypes, (*schema.CompositeType).QName) {
		if c.Comment != "" {
			s.add(CommentOnType(c.QName(), c.Comment))
		}
		for _, a := range c.Attributes {
			if a.Comment != "" {
				s.add(CommentOnAttribute(c.QName(), a.Name, a.Comment))
			}
		}
	}
	for _, r := range sortedBy(db.RangeTypes, (*schema.RangeType).QName) {
		if r.Comment != "" {
			s.add(CommentOnType(r.QName(), r.Comment))
		}
	}
	for _, c := range casts {
		if c.Comment != "" {
			s.add(CommentOnCast(c, c.Comment))
		}
	}
	for _, o := range ops {
		if o.Comment != "" {
			s.add(CommentOnOperator(o, o.Comment))
		}
	}
	s.section()
}

// sortedBy returns a copy of list sorted by qualified name.
func sortedBy[T any](list []T, name func(T) schema.QName) []T {
	out := slices.Clone(list)
	slices.SortFunc(out, func(a, b T) int { return compareQNames(name(a), name(b)) })
	return out
}
