package plan

import (
	"reflect"
	"slices"
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// viewProvides returns the resources a view provides: the relation, its
// row type and its columns (what views over it use).
func viewProvides(v *schema.View) []string {
	q := v.QName()
	out := []string{rRel(q), rTable(q)}
	for _, c := range v.Columns {
		out = append(out, rColumn(q, c.Name), rColumnAltered(q, c.Name), rColumnType(q, c.Name))
	}
	return out
}

// viewRequires returns what a view's query and defaults use, and the
// types of the columns of a view that selects from itself (which holds
// them: its query does not tell them).
func (b *builder) viewRequires(v *schema.View) []string {
	rs := append([]string{rSchema(v.Schema)}, b.refResources(ddl.QueryReferences(v.Query), nil)...)
	for _, c := range v.Columns {
		rs = append(rs, b.exprResources(c.Default)...)
		rs = append(rs, b.typeResources(c.Type)...)
	}
	slices.Sort(rs)
	return slices.Compact(rs)
}

func (b *builder) addView(c diff.Change, v *schema.View) {
	if cycle := b.viewCycle(b.to, v.QName()); cycle != nil && !v.Materialized {
		b.addCycleView(c, v, cycle)
	} else {
		b.createView(c, v, ddl.CreateView(v), nil)
	}
	b.viewExtras(c, v, nil)
}

// viewCycle returns the views of the cycle of views that view q is in
// in db (b.from or b.to): q itself when it selects from itself, with the
// others when views select from each other (ddl.ViewCycles); nil when q
// is in none.
func (b *builder) viewCycle(db *schema.Database, q schema.QName) []schema.QName {
	if b.viewCycles == nil {
		b.viewCycles = map[*schema.Database]map[schema.QName][]schema.QName{}
	}
	cycles, ok := b.viewCycles[db]
	if !ok {
		cycles = ddl.ViewCycles(db.Views)
		b.viewCycles[db] = cycles
	}
	return cycles[q]
}

// rViewPlaceholder names the first version of a view of a cycle of views
// (see addCycleView).
func rViewPlaceholder(q schema.QName) string { return "view placeholder:" + q.String() }

// cycleRequires returns what the query of view v of cycle (v's cycle of
// views in b.to) needs when CREATE [OR REPLACE] [MATERIALIZED] VIEW gives
// v that query: what viewRequires says, except that the views of the
// cycle (not materialized) need only exist, as their first versions
// (rViewPlaceholder) or as they are, since every version of such a view
// has the same column names and types. Without that exception, the views
// of the cycle would wait for each other. A materialized view of the
// cycle is required as usual: it is created once, from its query.
func (b *builder) cycleRequires(v *schema.View, cycle []schema.QName) []string {
	own := map[string]bool{}
	var stubs []string
	for _, q := range cycle {
		if x := viewNamed(b.to, q); x != nil && !x.Materialized {
			stubs = append(stubs, rViewPlaceholder(q))
			for _, r := range viewProvides(x) {
				own[r] = true
			}
		}
	}
	rs := stubs
	for _, r := range b.viewRequires(v) {
		if !own[r] {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return slices.Compact(rs)
}

// addCycleView adds the nodes that create view v, which is in a cycle of
// views (it selects from itself, or from views that select from it: only
// replacing a first version that did not makes that possible in
// PostgreSQL): a first version that selects NULLs of the column types v
// holds, under its column names, then CREATE OR REPLACE VIEW with the real
// query once the first versions of the other views of the cycle exist.
func (b *builder) addCycleView(c diff.Change, v *schema.View, cycle []schema.QName) {
	q := v.QName()
	requires := []string{rSchema(v.Schema)}
	for _, col := range v.Columns {
		if col.Type == "" {
			what := "selects from itself"
			if len(cycle) > 1 {
				what = "is in a cycle of views that select from each other (" + qnameList(cycle) + ")"
			}
			b.refuse(q.String(), "view "+q.String()+" "+what+", and the type of its column "+schema.QuoteIdent(col.Name)+
				" is not in the model: PostgreSQL needs a first version of the view with the same column names and types; "+
				"give the column its type (as inspect and ddl.Parse do for such a view), or create the view by hand")
			return
		}
		requires = append(requires, b.typeResources(col.Type)...)
	}
	slices.Sort(requires)
	b.add(&node{sql: ddl.CreateViewPlaceholder(v), object: q.String(), kind: "create view", phase: phaseAfter, change: c,
		requires: slices.Compact(requires), provides: append(viewProvides(v), rViewPlaceholder(q))})
	b.add(&node{sql: ddl.CreateOrReplaceView(v), object: q.String(), kind: "replace view", phase: phaseAfter, change: c,
		requires: b.cycleRequires(v, cycle), provides: viewProvides(v)})
}

// viewNamed returns the view q of db, or nil.
func viewNamed(db *schema.Database, q schema.QName) *schema.View {
	for _, v := range db.Views {
		if v.QName() == q {
			return v
		}
	}
	return nil
}

func qnameList(qs []schema.QName) string {
	parts := make([]string, len(qs))
	for i, q := range qs {
		parts[i] = q.String()
	}
	return strings.Join(parts, ", ")
}

// createView adds the node that creates v with sql (CREATE or CREATE OR
// REPLACE); old is the version it replaces, or nil.
func (b *builder) createView(c diff.Change, v *schema.View, sql string, old *schema.View) {
	q := v.QName()
	n := &node{sql: sql, object: q.String(), kind: "create " + viewKind(v), phase: phaseAfter, change: c,
		requires: b.viewRequires(v), provides: viewProvides(v)}
	if cycle := b.viewCycle(b.to, q); cycle != nil {
		n.requires = b.cycleRequires(v, cycle)
	}
	if old != nil {
		n.kind = "replace view"
		n.releases = b.viewRequires(old)
	}
	b.add(n)
}

func viewKind(v *schema.View) string {
	if v.Materialized {
		return "materialized view"
	}
	return "view"
}

// viewExtras adds the column defaults, indexes and comments of v that old
// (nil for a new view) does not have.
func (b *builder) viewExtras(c diff.Change, v, old *schema.View) {
	q := v.QName()
	for _, col := range v.Columns {
		prev := ""
		if old != nil {
			if oc := viewColumn(old, col.Name); oc != nil {
				prev = oc.Default
			}
		}
		if col.Default != prev {
			b.add(&node{sql: ddl.AlterViewColumnDefault(q, col.Name, col.Default), object: q.String(), kind: "set view column default",
				phase: phaseAfter, change: c, requires: append([]string{rRel(q), rColumn(q, col.Name)}, b.exprResources(col.Default)...)})
		}
	}
	t := ddl.ViewIndexTable(v)
	for _, i := range v.Indexes {
		if old != nil {
			if oi := old.Index(i.Name); oi != nil {
				x, y := *oi, *i
				x.Comment, y.Comment = "", ""
				x.Keys, y.Keys = keysWithoutTargets(x.Keys), keysWithoutTargets(y.Keys)
				if reflect.DeepEqual(x, y) {
					if oi.Comment != i.Comment {
						b.comment(c, inSchema(q, i.Name).String(), "index", ddl.CommentOnIndex(q, i.Name, i.Comment), rIndex(inSchema(q, i.Name)))
					}
					b.indexStatistics(c, q, i.Name, oi.Keys, i.Keys, rIndex(inSchema(q, i.Name)))
					continue
				}
			}
		}
		b.addIndex(c, t, i, old != nil)
	}
	if old != nil {
		ot := ddl.ViewIndexTable(old)
		for _, oi := range old.Indexes {
			ni := v.Index(oi.Name)
			if ni == nil {
				b.dropIndex(c, ot, oi)
				continue
			}
			x, y := *oi, *ni
			x.Comment, y.Comment = "", ""
			x.Keys, y.Keys = keysWithoutTargets(x.Keys), keysWithoutTargets(y.Keys)
			if !reflect.DeepEqual(x, y) {
				b.dropIndex(c, ot, oi)
			}
		}
	}
	oldComment := ""
	if old != nil {
		oldComment = old.Comment
	}
	if v.Comment != oldComment {
		b.comment(c, q.String(), viewKind(v), ddl.CommentOnView(v, v.Comment), rRel(q))
	}
	for _, col := range v.Columns {
		prev := ""
		if old != nil {
			if oc := viewColumn(old, col.Name); oc != nil {
				prev = oc.Comment
			}
		}
		if col.Comment != prev {
			b.comment(c, q.String(), "column", ddl.CommentOnColumn(q, col.Name, col.Comment), rRel(q), rColumn(q, col.Name))
		}
	}
}

func viewColumn(v *schema.View, name string) *schema.ViewColumn {
	for _, c := range v.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// dropView adds the node that drops view v. A view that selects from
// views that select from it cannot be dropped while they exist: it is
// first replaced by a version that selects NULLs of its column types
// (which it holds), which then uses none of them, and dropped after that
// (a materialized view of such a cycle is dropped before the views it
// selects from, as usual).
func (b *builder) dropView(c diff.Change, v *schema.View) {
	q := v.QName()
	n := &node{sql: ddl.DropView(v), object: q.String(), kind: "drop " + viewKind(v), phase: phaseDropForeignKey, change: c,
		removes: viewProvides(v), releases: b.viewRequires(v)}
	if cycle := b.viewCycle(b.from, q); len(cycle) > 1 && !v.Materialized && !slices.ContainsFunc(v.Columns, func(c *schema.ViewColumn) bool { return c.Type == "" }) {
		stub := &node{sql: ddl.ReplaceViewWithPlaceholder(v), object: q.String(), kind: "replace view", phase: phaseDropForeignKey,
			change: c, requires: []string{rSchema(v.Schema)}, releases: n.releases}
		others := map[string]bool{}
		for _, m := range cycle {
			if x := viewNamed(b.from, m); x != nil && m != q {
				for _, r := range viewProvides(x) {
					others[r] = true
				}
			}
		}
		n.releases = slices.DeleteFunc(slices.Clone(n.releases), func(r string) bool { return others[r] })
		n.after = append(n.after, stub)
		b.add(stub)
	}
	b.add(n)
}

// alterView plans a view that exists on both sides: a new query by CREATE
// OR REPLACE VIEW when PostgreSQL allows it (the old columns are the first
// ones of the new query, with the same names and types), else by a drop and
// a creation (and so for a materialized view); options, defaults, indexes
// and comments in place.
func (b *builder) alterView(c diff.AlterView) {
	from, to := c.From, c.To
	q := to.QName()
	if c.Change&diff.ViewRecreate != 0 && !b.onlyHeldTypes(c) {
		if to.Materialized || !b.replaceable(from, to) {
			b.dropView(c, from)
			b.addView(c, to)
			return
		}
		b.createView(c, to, ddl.CreateOrReplaceView(withOptions(to, from)), from)
	}
	if c.Change&(diff.ViewOptions|diff.ViewCheckOption) != 0 {
		for _, sql := range ddl.AlterViewOptions(from, to) {
			b.add(&node{sql: sql, object: q.String(), kind: "alter " + viewKind(to), phase: phaseAfter, change: c, requires: []string{rRel(q)}})
		}
	}
	b.viewExtras(c, to, from)
}

// onlyHeldTypes reports whether the only change c makes to the columns
// and query of a view is whether the model holds their types (a view
// that comes into a cycle of views, or leaves one, unchanged itself): the
// same names, and the same types as the model holds or the canonicaliser
// infers them. There is nothing to do then.
func (b *builder) onlyHeldTypes(c diff.AlterView) bool {
	if c.Change&diff.ViewRecreate != diff.ViewColumns || !slices.Equal(c.From.ColumnNames(), c.To.ColumnNames()) {
		return false
	}
	ft, tt := ddl.ViewColumnTypes(b.from, c.From), ddl.ViewColumnTypes(b.to, c.To)
	return !slices.Contains(ft, "") && slices.Equal(ft, tt)
}

// withOptions returns v with the options and check option of old: CREATE
// OR REPLACE VIEW sets them, and the plan changes them apart.
func withOptions(v, old *schema.View) *schema.View {
	x := *v
	x.Options, x.CheckOption = old.Options, old.CheckOption
	return &x
}

// replaceable reports whether CREATE OR REPLACE VIEW can turn view from
// into to: the columns of from come first in to, with the same names and
// types (types as the query canonicaliser infers them: unknown types are
// not replaced).
func (b *builder) replaceable(from, to *schema.View) bool {
	if len(to.Columns) < len(from.Columns) {
		return false
	}
	ft := ddl.ViewColumnTypes(b.from, from)
	tt := ddl.ViewColumnTypes(b.to, to)
	for i, c := range from.Columns {
		if to.Columns[i].Name != c.Name || ft[i] == "" || ft[i] != tt[i] {
			return false
		}
	}
	return true
}

// dependentsViews lists the views of db for the cascade: a view is dropped
// and created again around a change of what its query uses (a column's
// type, a relation or function dropped and created again), transitively
// over views of views.
func dependentsViews(b *builder, db *schema.Database) []dependent {
	out := make([]dependent, 0, len(db.Views))
	for _, v := range db.Views {
		out = append(out, dependent{id: rRel(v.QName()), provides: viewProvides(v), requires: b.viewRequires(v),
			drop: diff.DropView{View: v}, add: diff.AddView{View: v}})
	}
	return out
}

// altersView returns the dependent id of the view c alters.
func altersView(c diff.Change) (string, bool) {
	if c, ok := c.(diff.AlterView); ok {
		return rRel(c.To.QName()), true
	}
	return "", false
}

// rRule names a rewrite rule of relation t.
func rRule(t schema.QName, name string) string {
	return "rule:" + t.String() + "." + schema.QuoteIdent(name)
}

func (b *builder) ruleRequires(r *schema.Rule) []string {
	rs := append([]string{rRel(r.TableName())}, b.refResources(ddl.RuleReferences(r.Definition), nil)...)
	slices.Sort(rs)
	return slices.Compact(rs)
}

func (b *builder) addRule(c diff.Change, r *schema.Rule) {
	t := r.TableName()
	id := rRule(t, r.Name)
	b.add(&node{sql: ddl.CreateRule(r), object: t.String(), kind: "create rule", phase: phaseAfter, change: c,
		requires: b.ruleRequires(r), provides: []string{id}})
	if r.Disabled != "" {
		b.add(&node{sql: ddl.RuleState(r), object: t.String(), kind: "alter rule", phase: phaseAfter, change: c, requires: []string{id}})
	}
	if r.Comment != "" {
		b.comment(c, t.String(), "rule", ddl.CommentOnRule(r, r.Comment), id)
	}
}

func (b *builder) dropRule(c diff.Change, r *schema.Rule) {
	t := r.TableName()
	requires := b.ruleRequires(r)
	own := func(res string) bool {
		_, name, _ := strings.Cut(res, ":")
		return strings.HasPrefix(res, "schema:") || name == t.String() || strings.HasPrefix(name, t.String()+".")
	}
	if b.relationDropped(t) && !slices.ContainsFunc(requires, func(res string) bool { return !own(res) }) {
		return // dropped with its relation, and holds nothing else back
	}
	// A rule that uses other relations (or functions, types) must go
	// before them, even when its own relation is dropped too: drop it
	// explicitly, so that the order says so.
	b.add(&node{sql: ddl.DropRule(r), object: t.String(), kind: "drop rule", phase: phaseDropForeignKey, change: c,
		removes: []string{rRule(t, r.Name)}, releases: requires})
}

// relationDropped reports whether the table or view q is dropped by the
// plan (and so its rules with it).
func (b *builder) relationDropped(q schema.QName) bool {
	if b.droppedTables[q] {
		return true
	}
	for _, n := range b.nodes {
		if slices.Contains(n.removes, rRel(q)) {
			return true
		}
	}
	return false
}

func (b *builder) alterRule(c diff.AlterRule) {
	if c.Change&diff.RuleDefinition != 0 {
		b.dropRule(c, c.From)
		b.addRule(c, c.To)
		return
	}
	t := c.To.TableName()
	id := rRule(t, c.To.Name)
	if c.Change&diff.RuleDisabled != 0 {
		b.add(&node{sql: ddl.RuleState(c.To), object: t.String(), kind: "alter rule", phase: phaseAfter, change: c, requires: []string{id}})
	}
	if c.Change&diff.RuleComment != 0 {
		b.comment(c, t.String(), "rule", ddl.CommentOnRule(c.To, c.To.Comment), id)
	}
}

// dependentsRules lists the rules of db for the cascade: a rule is dropped
// and created again around a change of what it uses, its relation's
// re-creation included.
func dependentsRules(b *builder, db *schema.Database) []dependent {
	out := make([]dependent, 0, len(db.Rules))
	for _, r := range db.Rules {
		id := rRule(r.TableName(), r.Name)
		out = append(out, dependent{id: id, provides: []string{id}, requires: b.ruleRequires(r),
			drop: diff.DropRule{Rule: r}, add: diff.AddRule{Rule: r}})
	}
	return out
}

// altersRule returns the dependent id of the rule c alters.
func altersRule(c diff.Change) (string, bool) {
	if c, ok := c.(diff.AlterRule); ok {
		return rRule(c.To.TableName(), c.To.Name), true
	}
	return "", false
}
