package plan

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// registerUserTypes maps the domains, composite and range types of db (and
// the multirange type of each range) to their resources in b.types, so
// that columns of those types are created after them and dropped before.
func (b *builder) registerUserTypes(db *schema.Database) {
	for _, d := range db.Domains {
		b.types[d.QName().String()] = rType(d.QName())
	}
	for _, c := range db.CompositeTypes {
		b.types[c.QName().String()] = rType(c.QName())
	}
	for _, r := range db.RangeTypes {
		b.types[r.QName().String()] = rType(r.QName())
		b.types[r.MultirangeName().String()] = rType(r.QName())
	}
}

// rCollation names a collation created with CREATE COLLATION.
func rCollation(q schema.QName) string { return "collation:" + q.String() }

// qualifiedName matches SQL text that starts with a schema-qualified name.
var qualifiedName = regexp.MustCompile(`^(?:"(?:[^"]|"")*"|[^".]+)\.`)

// collationResources returns what a use of collation c (as the model
// spells it: "\"C\"" or "public.mycoll") needs: the collation when it is
// not one of pg_catalog's.
func collationResources(c string) []string {
	if c == "" || !qualifiedName.MatchString(c) {
		return nil
	}
	return []string{"collation:" + c}
}

// exprRefs returns the resources a canonical expression of a type (a
// domain default or check) needs.
func (b *builder) exprRefs(expr string) []string {
	if expr == "" {
		return nil
	}
	return b.refResources(ddl.ExprReferences(expr), nil)
}

// signatureResources returns what a reference to function signature sig
// ("public.f(integer)") needs: that overload and the function name.
func signatureResources(sig string) []string {
	if sig == "" {
		return nil
	}
	name := sig
	if i := strings.IndexByte(sig, '('); i >= 0 {
		name = sig[:i]
	}
	out := []string{rFunction(sig)}
	if q, ok := splitQualified(name); ok {
		out = append(out, rFunctionName(q))
	}
	return out
}

// functionNameResources returns what a reference to function name n
// ("public.f", as the model spells names without arguments) needs.
func functionNameResources(n string) []string {
	if q, ok := splitQualified(n); ok {
		return []string{rFunctionName(q)}
	}
	return nil
}

// splitQualified splits "schema.name" SQL text (parts quoted as needed)
// into its raw parts.
func splitQualified(s string) (schema.QName, bool) {
	var parts []string
	for s != "" {
		var part string
		if s[0] == '"' {
			i := 1
			var sb strings.Builder
			for ; i < len(s); i++ {
				if s[i] == '"' {
					if i+1 < len(s) && s[i+1] == '"' {
						sb.WriteByte('"')
						i++
						continue
					}
					break
				}
				sb.WriteByte(s[i])
			}
			part, s = sb.String(), s[min(i+1, len(s)):]
		} else {
			j := strings.IndexByte(s, '.')
			if j < 0 {
				j = len(s)
			}
			part, s = s[:j], s[j:]
		}
		parts = append(parts, part)
		if strings.HasPrefix(s, ".") && len(parts) == 1 {
			s = s[1:]
			continue
		}
		break
	}
	if len(parts) != 2 || s != "" {
		return schema.QName{}, false
	}
	return schema.QName{Schema: parts[0], Name: parts[1]}, true
}

// domainRequires returns what domain d uses: its schema, base type,
// collation and what its default and checks refer to.
func (b *builder) domainRequires(d *schema.Domain) []string {
	rs := []string{rSchema(d.Schema)}
	rs = append(rs, b.typeResources(d.Type)...)
	rs = append(rs, collationResources(d.Collation)...)
	rs = append(rs, b.exprRefs(d.Default)...)
	for _, c := range d.Checks {
		rs = append(rs, b.exprRefs(c.Expr)...)
	}
	slices.Sort(rs)
	return slices.Compact(rs)
}

func (b *builder) addDomain(c diff.Change, d *schema.Domain) *node {
	q := d.QName()
	rs := []string{rSchema(d.Schema)}
	rs = append(rs, b.typeResources(d.Type)...)
	rs = append(rs, collationResources(d.Collation)...)
	rs = append(rs, b.exprRefs(d.Default)...)
	for _, ch := range d.Checks {
		if !ddl.DomainCheckLate(ch) {
			rs = append(rs, b.exprRefs(ch.Expr)...)
		}
	}
	n := b.add(&node{sql: ddl.CreateDomain(d), object: q.String(), kind: "create domain", phase: phaseEnum, change: c,
		requires: rs, provides: []string{rType(q)}})
	for _, ch := range d.Checks {
		if ddl.DomainCheckLate(ch) {
			b.addDomainCheck(c, d, ch)
		}
	}
	if d.Comment != "" {
		b.comment(c, q.String(), "domain", ddl.CommentOnDomain(q, d.Comment), rType(q))
	}
	for _, ch := range d.Checks {
		if ch.Comment != "" {
			b.comment(c, q.String()+"."+schema.QuoteIdent(ch.Name), "domain constraint",
				ddl.CommentOnDomainCheck(q, ch.Name, ch.Comment), rDomainCheck(q, ch.Name))
		}
	}
	return n
}

// rDomainCheck names a check constraint of domain q.
func rDomainCheck(q schema.QName, name string) string {
	return "domain constraint:" + q.String() + "." + schema.QuoteIdent(name)
}

func (b *builder) addDomainCheck(c diff.Change, d *schema.Domain, ch *schema.DomainCheck) {
	q := d.QName()
	b.add(&node{sql: ddl.AddDomainCheck(d, ch), object: q.String() + "." + schema.QuoteIdent(ch.Name), kind: "add domain constraint",
		phase: phaseAddConstraint, change: c, requires: append([]string{rType(q)}, b.exprRefs(ch.Expr)...),
		provides: []string{rDomainCheck(q, ch.Name)}})
}

func (b *builder) dropDomainCheck(c diff.Change, d *schema.Domain, ch *schema.DomainCheck) *node {
	q := d.QName()
	return b.add(&node{sql: "ALTER DOMAIN " + q.String() + " DROP CONSTRAINT " + schema.QuoteIdent(ch.Name),
		object: q.String() + "." + schema.QuoteIdent(ch.Name), kind: "drop domain constraint", phase: phaseDropConstraint, change: c,
		removes: []string{rDomainCheck(q, ch.Name)}, releases: b.exprRefs(ch.Expr)})
}

func (b *builder) dropDomain(c diff.Change, d *schema.Domain) *node {
	q := d.QName()
	return b.add(&node{sql: "DROP DOMAIN " + q.String(), object: q.String(), kind: "drop domain", phase: phaseDropEnum, change: c,
		removes: []string{rType(q)}, releases: b.domainRequires(d)})
}

func (b *builder) alterDomain(c diff.AlterDomain) {
	from, to := c.From, c.To
	q := to.QName()
	if c.Recreate() {
		b.recreateDomain(c)
		return
	}
	if c.Change&diff.DomainDefault != 0 {
		sql := "ALTER DOMAIN " + q.String() + " DROP DEFAULT"
		if to.Default != "" {
			sql = "ALTER DOMAIN " + q.String() + " SET DEFAULT " + to.Default
		}
		b.add(&node{sql: sql, object: q.String(), kind: "alter domain", phase: phaseAlterColumn, change: c,
			requires: append([]string{rType(q)}, b.exprRefs(to.Default)...), releases: b.exprRefs(from.Default)})
	}
	if c.Change&diff.DomainNotNull != 0 {
		sql := "ALTER DOMAIN " + q.String() + " DROP NOT NULL"
		if to.NotNull {
			sql = "ALTER DOMAIN " + q.String() + " SET NOT NULL"
		}
		b.add(&node{sql: sql, object: q.String(), kind: "alter domain", phase: phaseAlterColumn, change: c, requires: []string{rType(q)}})
	}
	if c.Change&diff.DomainChecks != 0 {
		for _, fc := range from.Checks {
			tc := to.Check(fc.Name)
			switch {
			case tc == nil || tc.Expr != fc.Expr || (tc.NotValid && !fc.NotValid):
				b.dropDomainCheck(c, from, fc)
				if tc != nil {
					b.addDomainCheck(c, to, tc)
				}
			case fc.NotValid && !tc.NotValid:
				b.add(&node{sql: "ALTER DOMAIN " + q.String() + " VALIDATE CONSTRAINT " + schema.QuoteIdent(tc.Name),
					object: q.String() + "." + schema.QuoteIdent(tc.Name), kind: "validate domain constraint", phase: phaseAddConstraint,
					change: c, requires: []string{rDomainCheck(q, tc.Name)}})
			}
			if tc != nil && tc.Comment != fc.Comment {
				b.comment(c, q.String()+"."+schema.QuoteIdent(tc.Name), "domain constraint",
					ddl.CommentOnDomainCheck(q, tc.Name, tc.Comment), rDomainCheck(q, tc.Name))
			}
		}
		for _, tc := range to.Checks {
			if from.Check(tc.Name) != nil {
				continue
			}
			b.addDomainCheck(c, to, tc)
			if tc.Comment != "" {
				b.comment(c, q.String()+"."+schema.QuoteIdent(tc.Name), "domain constraint",
					ddl.CommentOnDomainCheck(q, tc.Name, tc.Comment), rDomainCheck(q, tc.Name))
			}
		}
	}
	if c.Change&diff.DomainComment != 0 {
		b.comment(c, q.String(), "domain", ddl.CommentOnDomain(q, to.Comment), rType(q))
	}
}

// typeUsers lists what in b.from uses type q by name and is still there
// in b.to (columns of tables excepted): domains over it, attributes of
// composite types, range types of it, casts from or to it.
func (b *builder) typeUsers(q schema.QName) []string {
	name := q.String()
	uses := func(typ string) bool { base, _ := splitArray(typ); return base == name }
	kept := map[string]bool{}
	for _, d := range b.to.Domains {
		kept["domain "+d.QName().String()] = true
	}
	for _, c := range b.to.CompositeTypes {
		kept["composite type "+c.QName().String()] = true
	}
	for _, r := range b.to.RangeTypes {
		kept["range type "+r.QName().String()] = true
	}
	for _, c := range b.to.Casts {
		kept["cast "+c.Key()] = true
	}
	var out []string
	add := func(s string) {
		if kept[s] {
			out = append(out, s)
		}
	}
	for _, d := range b.from.Domains {
		if uses(d.Type) {
			add("domain " + d.QName().String())
		}
	}
	for _, c := range b.from.CompositeTypes {
		for _, a := range c.Attributes {
			if uses(a.Type) {
				add("composite type " + c.QName().String())
				break
			}
		}
	}
	for _, r := range b.from.RangeTypes {
		if uses(r.Subtype) {
			add("range type " + r.QName().String())
		}
	}
	for _, c := range b.from.Casts {
		if uses(c.Source) || uses(c.Target) {
			add("cast " + c.Key())
		}
	}
	return out
}

// typedColumn is a column of a table the changes keep whose type is a
// user type (or an array of it), unchanged on both sides.
type typedColumn struct {
	table    schema.QName
	from, to *schema.Column
	dims     string
}

// keptColumnsOfType returns the columns of kept tables that are of type q
// on both sides and whose type the changes do not alter.
func (b *builder) keptColumnsOfType(q schema.QName) []typedColumn {
	name := q.String()
	var out []typedColumn
	for _, t := range b.to.Tables {
		tq := t.QName()
		ft := b.fromTables[tq]
		if ft == nil || b.droppedTables[tq] {
			continue
		}
		for _, col := range t.Columns {
			base, dims := splitArray(col.Type)
			if base != name || col.Inherited {
				continue
			}
			fc := ft.Column(col.Name)
			if fc == nil || fc.Type != col.Type {
				continue
			}
			out = append(out, typedColumn{table: tq, from: fc, to: col, dims: dims})
		}
	}
	return out
}

// recreateDomain drops domain c.From and creates c.To (a new base type or
// collation): the columns of the domain in tables that stay are moved to
// the old base type first and back to the domain after.
func (b *builder) recreateDomain(c diff.AlterDomain) {
	q := c.To.QName()
	if users := b.typeUsers(q); len(users) > 0 {
		b.fail(fmt.Errorf("plan: domain %s changes its base type or collation, which takes dropping and creating it again, "+
			"but %s use it: change those in a separate migration first", q, strings.Join(users, ", ")))
		return
	}
	drop := b.dropDomain(c, c.From)
	create := b.addDomain(c, c.To)
	for _, tc := range b.keptColumnsOfType(q) {
		obj := colName(tc.table, tc.to.Name)
		col := schema.QuoteIdent(tc.to.Name)
		if inPartitionKey(b.toTables[tc.table], tc.to.Name) {
			b.fail(fmt.Errorf("plan: domain %s must be dropped and created again, but column %s is in the partition key of %s: "+
				"drop the table and create it again from the new schema", q, col, tc.table))
			continue
		}
		prev := []*node{}
		if tc.from.Default != "" {
			prev = append(prev, b.add(&node{sql: ddl.SetColumnDefault(tc.table, tc.to.Name, ""), object: obj, kind: "drop default",
				phase: phaseAlterColumnBefore, change: c, requires: []string{rTable(tc.table)}}))
		}
		out := b.add(&node{sql: "ALTER TABLE " + tc.table.String() + " ALTER COLUMN " + col + " TYPE " + c.From.Type + tc.dims,
			object: obj, kind: "alter column type", phase: phaseAlterColumnBefore, change: c, after: prev,
			requires: []string{rTable(tc.table)}, releases: []string{rType(q)}, removes: []string{rColumnType(tc.table, tc.to.Name)}})
		drop.after = append(drop.after, out)
		back := b.add(&node{sql: "ALTER TABLE " + tc.table.String() + " ALTER COLUMN " + col + " TYPE " + q.String() + tc.dims +
			" USING " + col + "::" + q.String() + tc.dims,
			object: obj, kind: "alter column type", phase: phaseAlterColumn, change: c, after: []*node{create},
			requires: []string{rType(q), rTable(tc.table)}, provides: []string{rColumnType(tc.table, tc.to.Name)}})
		if tc.to.Default != "" && b.columnChanges[schema.ColumnRef{Table: tc.table, Column: tc.to.Name}]&diff.ColumnDefault == 0 {
			b.add(&node{sql: ddl.SetColumnDefault(tc.table, tc.to.Name, tc.to.Default), object: obj, kind: "set default",
				phase: phaseAlterColumn, change: c, after: []*node{back}})
		}
	}
}

func (b *builder) addCompositeType(c diff.Change, t *schema.CompositeType) {
	q := t.QName()
	rs := []string{rSchema(t.Schema)}
	for _, a := range t.Attributes {
		rs = append(rs, b.typeResources(a.Type)...)
		rs = append(rs, collationResources(a.Collation)...)
	}
	b.add(&node{sql: ddl.CreateCompositeType(t), object: q.String(), kind: "create type", phase: phaseEnum, change: c,
		requires: rs, provides: []string{rType(q)}})
	if t.Comment != "" {
		b.comment(c, q.String(), "type", ddl.CommentOnType(q, t.Comment), rType(q))
	}
	for _, a := range t.Attributes {
		if a.Comment != "" {
			b.comment(c, colName(q, a.Name), "attribute", ddl.CommentOnAttribute(q, a.Name, a.Comment), rType(q))
		}
	}
}

func (b *builder) dropCompositeType(c diff.Change, t *schema.CompositeType) {
	q := t.QName()
	rs := []string{rSchema(t.Schema)}
	for _, a := range t.Attributes {
		rs = append(rs, b.typeResources(a.Type)...)
		rs = append(rs, collationResources(a.Collation)...)
	}
	b.add(&node{sql: "DROP TYPE " + q.String(), object: q.String(), kind: "drop type", phase: phaseDropEnum, change: c,
		removes: []string{rType(q)}, releases: rs})
}

func (b *builder) alterCompositeType(c diff.AlterCompositeType) {
	from, to := c.From, c.To
	q := to.QName()
	if c.Change&diff.CompositeAttributes != 0 {
		var order []string
		var drops, alters []*schema.Attribute
		for _, a := range from.Attributes {
			na := to.Attribute(a.Name)
			if na == nil {
				drops = append(drops, a)
				continue
			}
			order = append(order, a.Name)
			if na.Type != a.Type || na.Collation != a.Collation {
				alters = append(alters, na)
			}
		}
		var adds []*schema.Attribute
		for _, a := range to.Attributes {
			if from.Attribute(a.Name) == nil {
				adds = append(adds, a)
				order = append(order, a.Name)
			}
		}
		inOrder := slices.EqualFunc(order, to.Attributes, func(n string, a *schema.Attribute) bool { return n == a.Name })
		cols := b.keptColumnsOfType(q)
		if !inOrder || len(alters) > 0 {
			var users []string
			for _, tc := range cols {
				users = append(users, "column "+colName(tc.table, tc.to.Name))
			}
			users = append(users, b.typeUsers(q)...)
			if len(users) > 0 {
				what := "changes the type of an attribute"
				if !inOrder {
					what = "reorders its attributes, which takes dropping and creating it again"
				}
				b.fail(fmt.Errorf("plan: composite type %s %s, but %s use it: PostgreSQL cannot change a type in use; "+
					"change it in steps (add a new attribute, copy, drop the old one)", q, what, strings.Join(users, ", ")))
				return
			}
		}
		if !inOrder {
			b.dropCompositeType(c, from)
			b.addCompositeType(c, to)
			return
		}
		var parts []string
		var rs, rel []string
		for _, a := range drops {
			parts = append(parts, "DROP ATTRIBUTE "+schema.QuoteIdent(a.Name))
			rel = append(rel, b.typeResources(a.Type)...)
		}
		for _, a := range alters {
			s := "ALTER ATTRIBUTE " + schema.QuoteIdent(a.Name) + " SET DATA TYPE " + a.Type
			if a.Collation != "" {
				s += " COLLATE " + a.Collation
			}
			parts = append(parts, s)
			rs = append(rs, b.typeResources(a.Type)...)
			rs = append(rs, collationResources(a.Collation)...)
		}
		for _, a := range adds {
			parts = append(parts, "ADD ATTRIBUTE "+ddl.AttributeDef(a))
			rs = append(rs, b.typeResources(a.Type)...)
			rs = append(rs, collationResources(a.Collation)...)
		}
		b.add(&node{sql: "ALTER TYPE " + q.String() + " " + strings.Join(parts, ", "), object: q.String(), kind: "alter type",
			phase: phaseAlterTable, change: c, requires: append([]string{rType(q)}, rs...), releases: rel})
	}
	if c.Change&diff.CompositeComments != 0 {
		if from.Comment != to.Comment {
			b.comment(c, q.String(), "type", ddl.CommentOnType(q, to.Comment), rType(q))
		}
		for _, a := range to.Attributes {
			fa := from.Attribute(a.Name)
			if (fa == nil && a.Comment != "") || (fa != nil && fa.Comment != a.Comment) {
				b.comment(c, colName(q, a.Name), "attribute", ddl.CommentOnAttribute(q, a.Name, a.Comment), rType(q))
			}
		}
	}
}

func (b *builder) rangeRequires(r *schema.RangeType) []string {
	rs := []string{rSchema(r.Schema)}
	rs = append(rs, b.typeResources(r.Subtype)...)
	rs = append(rs, collationResources(r.Collation)...)
	rs = append(rs, functionNameResources(r.Canonical)...)
	rs = append(rs, functionNameResources(r.SubtypeDiff)...)
	if m := r.MultirangeName(); m.Schema != r.Schema {
		rs = append(rs, rSchema(m.Schema))
	}
	return rs
}

func (b *builder) addRangeType(c diff.Change, r *schema.RangeType) {
	q := r.QName()
	b.add(&node{sql: ddl.CreateRangeType(r), object: q.String(), kind: "create type", phase: phaseEnum, change: c,
		requires: b.rangeRequires(r), provides: []string{rType(q)}})
	if r.Comment != "" {
		b.comment(c, q.String(), "type", ddl.CommentOnType(q, r.Comment), rType(q))
	}
}

func (b *builder) dropRangeType(c diff.Change, r *schema.RangeType) {
	q := r.QName()
	b.add(&node{sql: "DROP TYPE " + q.String(), object: q.String(), kind: "drop type", phase: phaseDropEnum, change: c,
		removes: []string{rType(q)}, releases: b.rangeRequires(r)})
}

func (b *builder) alterRangeType(c diff.AlterRangeType) {
	q := c.To.QName()
	if c.Change&diff.RangeDefinition != 0 {
		var users []string
		for _, tc := range b.keptColumnsOfType(q) {
			users = append(users, "column "+colName(tc.table, tc.to.Name))
		}
		users = append(users, b.typeUsers(q)...)
		if len(users) > 0 {
			b.fail(fmt.Errorf("plan: range type %s changes its definition, which takes dropping and creating it again, "+
				"but %s use it: change those in a separate migration first", q, strings.Join(users, ", ")))
			return
		}
		b.dropRangeType(c, c.From)
		b.addRangeType(c, c.To)
		return
	}
	if c.Change&diff.RangeComment != 0 {
		b.comment(c, q.String(), "type", ddl.CommentOnType(q, c.To.Comment), rType(q))
	}
}

// dependentsDomains lists, for the cascade, the domains of db whose
// default or checks call functions: when such a function is dropped and
// created again, those checks and that default are dropped before and
// added again after. The drop goes straight to the target domain without
// them (so that the domain's other changes are made too), the add adds
// them.
func dependentsDomains(b *builder, db *schema.Database) []dependent {
	var out []dependent
	for _, d := range db.Domains {
		if !domainCallsFunctions(d) {
			continue
		}
		q := d.QName()
		id := "domain expressions:" + q.String()
		dep := dependent{id: id, provides: []string{id}}
		dep.requires = append(dep.requires, b.exprRefs(d.Default)...)
		for _, c := range d.Checks {
			dep.requires = append(dep.requires, b.exprRefs(c.Expr)...)
		}
		if db == b.from {
			target := d
			for _, td := range b.to.Domains {
				if td.QName() == q {
					target = td
				}
			}
			stripped := withoutFunctionCalls(target)
			dep.drop = diff.AlterDomain{From: d, To: stripped, Change: domainChange(d, stripped)}
		} else {
			stripped := withoutFunctionCalls(d)
			dep.add = diff.AlterDomain{From: stripped, To: d, Change: domainChange(stripped, d)}
		}
		out = append(out, dep)
	}
	return out
}

// altersDomain returns the dependent id of the domain that c alters.
func altersDomain(c diff.Change) (string, bool) {
	if c, ok := c.(diff.AlterDomain); ok && !c.Recreate() {
		return "domain expressions:" + c.To.QName().String(), true
	}
	return "", false
}

func domainCallsFunctions(d *schema.Domain) bool {
	if d.Default != "" && len(ddl.ExprReferences(d.Default).Functions) > 0 {
		return true
	}
	for _, c := range d.Checks {
		if len(ddl.ExprReferences(c.Expr).Functions) > 0 {
			return true
		}
	}
	return false
}

// withoutFunctionCalls returns a copy of d without the default and the
// checks that call functions.
func withoutFunctionCalls(d *schema.Domain) *schema.Domain {
	cp := *d
	if cp.Default != "" && len(ddl.ExprReferences(cp.Default).Functions) > 0 {
		cp.Default = ""
	}
	cp.Checks = nil
	for _, c := range d.Checks {
		if len(ddl.ExprReferences(c.Expr).Functions) == 0 {
			cp.Checks = append(cp.Checks, c)
		}
	}
	return &cp
}

// domainChange computes the change bits between two versions of a domain
// (the ones diff.Compare would set).
func domainChange(a, b *schema.Domain) diff.DomainChange {
	for _, c := range diff.Compare(&schema.Database{Domains: []*schema.Domain{a}}, &schema.Database{Domains: []*schema.Domain{b}}).List {
		if ad, ok := c.(diff.AlterDomain); ok {
			return ad.Change
		}
	}
	return 0
}

// userTypeChange adds the nodes of a change of a domain, composite or
// range type, collation, cast or operator; it reports false for other
// changes.
func (b *builder) userTypeChange(c diff.Change) bool {
	switch c := c.(type) {
	case diff.AddDomain:
		b.addDomain(c, c.Domain)
	case diff.DropDomain:
		b.dropDomain(c, c.Domain)
	case diff.AlterDomain:
		b.alterDomain(c)
	case diff.AddCompositeType:
		b.addCompositeType(c, c.Type)
	case diff.DropCompositeType:
		b.dropCompositeType(c, c.Type)
	case diff.AlterCompositeType:
		b.alterCompositeType(c)
	case diff.AddRangeType:
		b.addRangeType(c, c.Type)
	case diff.DropRangeType:
		b.dropRangeType(c, c.Type)
	case diff.AlterRangeType:
		b.alterRangeType(c)
	case diff.AddCollation:
		b.addCollation(c, c.Collation)
	case diff.DropCollation:
		b.dropCollation(c, c.Collation)
	case diff.AlterCollation:
		b.alterCollation(c)
	case diff.AddCast:
		b.addCast(c, c.Cast)
	case diff.DropCast:
		b.dropCast(c, c.Cast)
	case diff.AlterCast:
		b.alterCast(c)
	case diff.AddOperator:
		b.addOperator(c, c.Operator)
	case diff.DropOperator:
		b.dropOperator(c, c.Operator)
	case diff.AlterOperator:
		b.alterOperator(c)
	default:
		return false
	}
	return true
}
