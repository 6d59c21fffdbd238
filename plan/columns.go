package plan

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

func (b *builder) addColumn(c diff.AddColumn, t *schema.Table) {
	q := c.Table
	col := c.Column
	n := &node{sql: ddl.AddColumn(t, col), object: colName(q, col.Name), kind: "add column", phase: phaseAddColumn, change: c,
		requires: append([]string{rTable(q)}, b.columnResources(col)...), provides: []string{rColumn(q, col.Name), rColumnAltered(q, col.Name), rColumnType(q, col.Name)}}
	if col.Identity != nil {
		n.provides = append(n.provides, rRel(inSchema(q, col.Identity.Sequence)))
	}
	for _, other := range t.Columns {
		if other.Name != col.Name && mentionsColumn(col.Generated, other.Name) {
			n.requires = append(n.requires, rColumn(q, other.Name))
		}
	}
	if prev := b.lastAdd[q]; prev != nil {
		// Added columns keep the declared order of their positions.
		n.after = append(n.after, prev)
	}
	b.lastAdd[q] = b.add(n)
	if col.Statistics != nil {
		b.columnStep(c, q, col.Name, "set statistics", ddl.SetColumnStatistics(q, col.Name, col.Statistics))
	}
	if col.Storage != "" {
		b.columnStep(c, q, col.Name, "set storage", ddl.SetColumnStorage(q, col.Name, col.Storage))
	}
	if col.Comment != "" {
		b.comment(c, colName(q, col.Name), "column", ddl.CommentOnColumn(q, col.Name, col.Comment), rColumn(q, col.Name))
	}
}

// columnStep adds one ALTER COLUMN statement that only needs the column.
func (b *builder) columnStep(c diff.Change, q schema.QName, column, kind, sql string) *node {
	return b.add(&node{sql: sql, object: colName(q, column), kind: kind, phase: phaseAlterColumn, change: c,
		requires: []string{rColumn(q, column)}, provides: []string{rColumnAltered(q, column)}})
}

func (b *builder) dropColumn(c diff.DropColumn) {
	q := c.Table
	col := c.Column
	n := &node{sql: "ALTER TABLE " + q.String() + " DROP COLUMN " + schema.QuoteIdent(col.Name), object: colName(q, col.Name),
		kind: "drop column", phase: phaseDropColumn, change: c,
		removes: append([]string{rColumn(q, col.Name), rColumnType(q, col.Name)}, b.ownedSequences(q, col.Name)...), releases: b.columnResources(col)}
	if col.Identity != nil {
		n.removes = append(n.removes, rRel(inSchema(q, col.Identity.Sequence)))
	}
	b.add(n)
}

// alterColumn changes a column in place, in this order: drop the identity
// and (when the type change needs it) the default, change the type and
// collation, set the default and NOT NULL, add or change the identity,
// then statistics, storage, compression and comment. A change of the
// generated expression drops and adds the column again (PostgreSQL 15
// cannot change it in place); a generated column that becomes an ordinary
// one keeps its data (DROP EXPRESSION).
func (b *builder) alterColumn(c diff.AlterColumn, t *schema.Table) {
	q := c.Table
	f, to := c.From, c.To
	name := to.Name
	obj := colName(q, name)
	if c.Change&diff.ColumnGenerated != 0 && to.Generated != "" {
		b.dropColumn(diff.DropColumn{Table: q, Column: f})
		b.addColumn(diff.AddColumn{Table: q, Column: to}, t)
		b.restoreColumnUsers(c, t, name)
		return
	}
	var chain []*node
	step := func(kind, sql string, phase int) *node {
		n := &node{sql: sql, object: obj, kind: kind, phase: phase, change: c,
			requires: []string{rColumn(q, name)}, provides: []string{rColumnAltered(q, name)}}
		for _, p := range parentsOf(t) {
			n.requires = append(n.requires, rColumnAltered(p, name))
		}
		if len(chain) > 0 {
			n.after = []*node{chain[len(chain)-1]}
		}
		chain = append(chain, b.add(n))
		return n
	}
	if c.Change&diff.ColumnGenerated != 0 {
		step("drop expression", alterColumnSQL(q, name)+"DROP EXPRESSION", phaseAlterColumn)
	}
	identityDropped := f.Identity != nil && to.Identity == nil
	if identityDropped {
		n := step("drop identity", alterColumnSQL(q, name)+"DROP IDENTITY", phaseAlterColumnBefore)
		n.removes = []string{rRel(inSchema(q, f.Identity.Sequence))}
	}
	typeChange := c.Change&(diff.ColumnType|diff.ColumnCollation) != 0
	using := c.Change&diff.ColumnType != 0 && needsUsing(f.Type, to.Type)
	droppedDefault := false
	if typeChange && f.Default != "" && (using || c.Change&diff.ColumnDefault != 0) {
		n := step("drop default", ddl.SetColumnDefault(q, name, ""), phaseAlterColumnBefore)
		n.releases = b.exprResources(f.Default)
		droppedDefault = true
	}
	if typeChange {
		sql := alterColumnSQL(q, name) + "TYPE " + to.Type
		if to.Collation != "" {
			sql += " COLLATE " + to.Collation
		} else if c.Change&diff.ColumnCollation != 0 {
			sql += ` COLLATE pg_catalog."default"`
		}
		if using {
			sql += " USING " + b.castUsing(name, f.Type, to.Type)
		}
		n := step("alter column type", sql, phaseAlterColumn)
		// Users of the column's type are dropped before and created after.
		n.removes = append(n.removes, rColumnType(q, name))
		n.provides = append(n.provides, rColumnType(q, name))
		n.requires = append(n.requires, b.typeResources(to.Type)...)
		n.requires = append(n.requires, collationResources(to.Collation)...)
		n.releases = append(b.typeResources(f.Type), collationResources(f.Collation)...)
		b.regenerate(c, t, name, n)
	}
	switch {
	case to.Identity != nil:
		if c.Change&diff.ColumnDefault != 0 && !droppedDefault {
			n := step("drop default", ddl.SetColumnDefault(q, name, ""), phaseAlterColumnBefore)
			n.releases = b.exprResources(f.Default)
		}
	case droppedDefault && to.Default == "":
	case c.Change&diff.ColumnDefault != 0 || droppedDefault:
		kind, phase := "set default", phaseAlterColumn
		if to.Default == "" {
			kind, phase = "drop default", phaseAlterColumnBefore
		}
		n := step(kind, ddl.SetColumnDefault(q, name, to.Default), phase)
		n.requires = append(n.requires, b.exprResources(to.Default)...)
		n.requires = append(n.requires, b.typeResources(to.Type)...)
		if !droppedDefault {
			n.releases = b.notSwapped(b.exprResources(f.Default))
		}
	}
	if c.Change&diff.ColumnNotNull != 0 {
		kind := "drop not null"
		if to.NotNull {
			kind = "set not null"
		}
		step(kind, ddl.SetColumnNotNull(q, name, to.NotNull), phaseAlterColumn)
	}
	if c.Change&diff.ColumnIdentity != 0 && to.Identity != nil {
		b.identity(c, f, to, step)
	}
	if c.Change&diff.ColumnStatistics != 0 {
		step("set statistics", ddl.SetColumnStatistics(q, name, to.Statistics), phaseAlterColumn)
	}
	if c.Change&diff.ColumnStorage != 0 {
		storage := to.Storage
		if storage == "" {
			storage = defaultStorage(to.Type)
		}
		step("set storage", ddl.SetColumnStorage(q, name, storage), phaseAlterColumn)
	}
	if c.Change&diff.ColumnCompression != 0 {
		step("set compression", ddl.SetColumnCompression(q, name, to.Compression), phaseAlterColumn)
	}
	if c.Change&diff.ColumnComment != 0 {
		b.comment(c, obj, "column", ddl.CommentOnColumn(q, name, to.Comment), rColumn(q, name))
	}
}

func alterColumnSQL(q schema.QName, column string) string {
	return "ALTER TABLE " + q.String() + " ALTER COLUMN " + schema.QuoteIdent(column) + " "
}

// identity adds the identity of column to, or changes it from that of f:
// ALWAYS or BY DEFAULT, the sequence options, and the sequence's name.
func (b *builder) identity(c diff.AlterColumn, f, to *schema.Column, step func(kind, sql string, phase int) *node) {
	q := c.Table
	id := to.Identity
	if f.Identity == nil {
		n := step("add identity", ddl.AddIdentity(q, to), phaseAlterColumn)
		n.provides = append(n.provides, rRel(inSchema(q, id.Sequence)))
		return
	}
	old := f.Identity
	prefix := alterColumnSQL(q, to.Name)
	if old.Always != id.Always {
		if id.Always {
			step("set identity", prefix+"SET GENERATED ALWAYS", phaseAlterColumn)
		} else {
			step("set identity", prefix+"SET GENERATED BY DEFAULT", phaseAlterColumn)
		}
	}
	opts := seqOptionChanges(identityOptions(old), identityOptions(id), "SET ")
	if len(opts) > 0 {
		step("set identity options", prefix+strings.Join(opts, " "), phaseAlterColumn)
	}
	if old.Sequence != id.Sequence {
		n := step("rename identity sequence", "ALTER SEQUENCE "+inSchema(q, old.Sequence).String()+" RENAME TO "+schema.QuoteIdent(id.Sequence), phaseAlterColumn)
		n.removes = []string{rRel(inSchema(q, old.Sequence))}
		n.provides = append(n.provides, rRel(inSchema(q, id.Sequence)))
	}
}

// castUsing returns the USING expression that converts column name from
// type from to type to: through text when either is an enum of the
// models (enums have no casts between each other) or when PostgreSQL has
// no cast between the two built-in types (integer to jsonb: a direct cast
// would fail on every row, even on an empty table, since PostgreSQL
// checks the cast when it plans the statement), directly otherwise.
func (b *builder) castUsing(name, from, to string) string {
	col := schema.QuoteIdent(name)
	fb, fdims := splitArray(from)
	tb, _ := splitArray(to)
	if b.isEnum(fb) || b.isEnum(tb) || castsThroughText(from, to) {
		return col + "::text" + fdims + "::" + to
	}
	return col + "::" + to
}

func (b *builder) isEnum(typ string) bool {
	return strings.HasPrefix(b.types[typ], "type:")
}

// notSwapped leaves out of rs the enums the plan replaces by the type
// swap: the swap itself takes care of the defaults that use them.
func (b *builder) notSwapped(rs []string) []string {
	out := rs[:0]
	for _, r := range rs {
		if !b.swapped[r] {
			out = append(out, r)
		}
	}
	return out
}

// restoreColumnUsers adds again the indexes and constraints of t that use
// column name and that DROP COLUMN took along when the changes keep them
// as they are (those the changes add anyway are added by their own
// change).
func (b *builder) restoreColumnUsers(c diff.Change, t *schema.Table, name string) {
	ft := b.fromTables[t.QName()]
	if ft == nil {
		return
	}
	for _, con := range t.Constraints {
		if old := ft.Constraint(con.Name); old != nil && sameConstraint(old, con) && constraintUsesColumn(con, name) {
			b.addConstraint(c, t, con)
		}
	}
	for _, i := range t.Indexes {
		if old := ft.Index(i.Name); old != nil && sameIndex(old, i) && indexUsesColumn(i, name) {
			b.addIndex(c, t, i, true)
		}
	}
}

// mentionsColumn reports whether expression expr names column name (as a
// whole word): an approximation that errs on the side of yes.
func mentionsColumn(expr, name string) bool {
	if expr == "" {
		return false
	}
	id := schema.QuoteIdent(name)
	for i := 0; ; {
		j := strings.Index(expr[i:], id)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(id)
		if (j == 0 || !identChar(expr[j-1])) && (end == len(expr) || !identChar(expr[end])) {
			return true
		}
		i = j + 1
	}
}

func identChar(c byte) bool {
	return c == '_' || c == '"' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func constraintUsesColumn(con *schema.Constraint, name string) bool {
	if slices.Contains(con.Columns, name) || slices.Contains(con.Include, name) || mentionsColumn(con.Expr, name) || mentionsColumn(con.Where, name) {
		return true
	}
	for _, e := range con.Elements {
		if e.Key.Column == name || mentionsColumn(e.Key.Expr, name) {
			return true
		}
	}
	return false
}

func indexUsesColumn(i *schema.Index, name string) bool {
	if slices.Contains(i.Include, name) || mentionsColumn(i.Where, name) {
		return true
	}
	for _, k := range i.Keys {
		if k.Column == name || mentionsColumn(k.Expr, name) {
			return true
		}
	}
	return false
}

// regenerate drops the generated columns of t that use column name before
// its type changes (PostgreSQL refuses to change it under them) and adds
// them again after, with the indexes and constraints the drop took along.
func (b *builder) regenerate(c diff.AlterColumn, t *schema.Table, name string, typeStep *node) {
	ft := b.fromTables[t.QName()]
	if ft == nil {
		return
	}
	q := t.QName()
	for _, g := range ft.Columns {
		ng := t.Column(g.Name)
		if g.Generated == "" || g.Name == name || ng == nil || ng.Generated == "" || !mentionsColumn(g.Generated, name) {
			continue
		}
		ref := schema.ColumnRef{Table: q, Column: g.Name}
		if b.columnChanges[ref]&diff.ColumnGenerated != 0 || b.regenerated[ref] {
			continue
		}
		b.regenerated[ref] = true
		drop := b.add(&node{sql: "ALTER TABLE " + q.String() + " DROP COLUMN " + schema.QuoteIdent(g.Name), object: colName(q, g.Name),
			kind: "drop column", phase: phaseAlterColumnBefore, change: c, removes: []string{rColumn(q, g.Name), rColumnType(q, g.Name)}})
		typeStep.after = append(typeStep.after, drop)
		b.add(&node{sql: ddl.AddColumn(t, ng), object: colName(q, g.Name), kind: "add column", phase: phaseAlterColumn, change: c,
			after: []*node{typeStep}, provides: []string{rColumn(q, g.Name), rColumnAltered(q, g.Name), rColumnType(q, g.Name)}})
		b.restoreColumnUsers(c, t, g.Name)
	}
}
