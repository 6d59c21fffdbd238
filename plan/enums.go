package plan

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

func (b *builder) addEnum(c diff.AddEnum) {
	e := c.Enum
	q := e.QName()
	b.add(&node{sql: ddl.CreateEnum(e), object: q.String(), kind: "create type", phase: phaseEnum, change: c,
		requires: []string{rSchema(e.Schema)}, provides: []string{rType(q)}})
	if e.Comment != "" {
		b.comment(c, q.String(), "type", ddl.CommentOnType(q, e.Comment), rType(q))
	}
}

func (b *builder) dropEnum(c diff.DropEnum) {
	q := c.Enum.QName()
	b.add(&node{sql: "DROP TYPE " + q.String(), object: q.String(), kind: "drop type", phase: phaseDropEnum, change: c,
		removes: []string{rType(q)}, releases: []string{rSchema(q.Schema)}})
}

func (b *builder) alterEnum(c diff.AlterEnum) {
	q := c.To.QName()
	if c.Change&diff.EnumValues != 0 {
		if !c.Appendable() {
			b.swapEnum(c)
			return
		}
		b.addEnumValues(c)
	}
	if c.Change&diff.EnumComment != 0 {
		b.comment(c, q.String(), "type", ddl.CommentOnType(q, c.To.Comment), rType(q))
	}
}

// addEnumValues adds the new labels with ALTER TYPE ... ADD VALUE, each
// placed after its predecessor in the new order (or before the first old
// label), so that the sort order is the declared one. The statements are
// not transactional: a new label cannot be used before it is committed.
func (b *builder) addEnumValues(c diff.AlterEnum) {
	q := c.To.QName()
	old := make(map[string]bool, len(c.From.Values))
	for _, v := range c.From.Values {
		old[v] = true
	}
	var prev *node
	for i, v := range c.To.Values {
		if old[v] {
			continue
		}
		sql := "ALTER TYPE " + q.String() + " ADD VALUE " + ddl.QuoteLiteral(v)
		switch {
		case i > 0:
			sql += " AFTER " + ddl.QuoteLiteral(c.To.Values[i-1])
		case len(c.From.Values) > 0:
			for _, w := range c.To.Values {
				if old[w] {
					sql += " BEFORE " + ddl.QuoteLiteral(w)
					break
				}
			}
		}
		n := &node{sql: sql, object: q.String(), kind: "add enum value", phase: phaseEnum, change: c, nonTransactional: true,
			provides: []string{rType(q)}}
		if prev != nil {
			n.after = []*node{prev}
		}
		prev = b.add(n)
	}
}

// swapEnum replaces an enum by a new type with the new labels: CREATE TYPE
// under a temporary name, ALTER COLUMN ... TYPE for every column (and
// array column) of the type in a table that stays, with its default
// dropped first and set again after, DROP TYPE of the old type and RENAME
// of the new one. Converting a value that no longer exists fails: that
// is the data that must change first.
func (b *builder) swapEnum(c diff.AlterEnum) {
	q := c.To.QName()
	if users := b.typeUsers(q); len(users) > 0 {
		b.fail(fmt.Errorf("plan: enum %s loses or reorders values, which takes swapping in a new type, but %s use it: "+
			"keep the enum's values, or move those users off it in a separate migration first", q, strings.Join(users, ", ")))
		return
	}
	tmp := schema.QName{Schema: q.Schema, Name: c.To.Name + "__strata_new"}
	tmpEnum := *c.To
	tmpEnum.Name = tmp.Name
	create := b.add(&node{sql: ddl.CreateEnum(&tmpEnum), object: q.String(), kind: "create replacement type", phase: phaseEnum, change: c,
		requires: []string{rSchema(q.Schema)}})
	name := q.String()
	readd := b.dropTypeUsers(c, q, create)
	readd = append(readd, b.dropKeysOnType(c, q, create)...)
	var moved []*node
	type reset struct {
		table schema.QName
		col   *schema.Column
	}
	var resets []reset
	for _, t := range b.to.Tables {
		tq := t.QName()
		ft := b.fromTables[tq]
		if ft == nil || b.droppedTables[tq] {
			continue
		}
		for _, col := range t.Columns {
			if col.Inherited {
				continue
			}
			base, dims := splitArray(col.Type)
			if base != name {
				continue
			}
			fc := ft.Column(col.Name)
			if fc == nil || fc.Type != col.Type {
				continue
			}
			if inPartitionKey(t, col.Name) {
				b.refuse(tq.String(), fmt.Sprintf("enum %s loses or reorders values, which takes swapping in a new type, "+
					"but column %s is in the partition key of %s and PostgreSQL cannot change the type of a partition key column; "+
					"Strata does not recreate a partitioned table (its rows would be lost): keep the enum's values, "+
					"or move the rows out, drop the table and create it again by hand", name, schema.QuoteIdent(col.Name), tq))
				continue
			}
			prev := create
			if fc.Default != "" {
				prev = b.add(&node{sql: ddl.SetColumnDefault(tq, col.Name, ""), object: colName(tq, col.Name), kind: "drop default",
					phase: phaseEnum, change: c, after: []*node{create}})
			}
			newType := tmp.String() + dims
			moved = append(moved, b.add(&node{
				sql:    "ALTER TABLE " + tq.String() + " ALTER COLUMN " + schema.QuoteIdent(col.Name) + " TYPE " + newType + " USING " + schema.QuoteIdent(col.Name) + "::text" + dims + "::" + newType,
				object: colName(tq, col.Name), kind: "alter column type", phase: phaseEnum, change: c, after: []*node{prev},
				requires: []string{rTable(tq), rColumn(tq, col.Name), rTypeUsersDropped(q)}}))
			if col.Default != "" && b.columnChanges[schema.ColumnRef{Table: tq, Column: col.Name}]&diff.ColumnDefault == 0 {
				resets = append(resets, reset{tq, col})
			}
		}
	}
	drop := b.add(&node{sql: "DROP TYPE " + name, object: name, kind: "drop type", phase: phaseEnum, change: c,
		after: append(moved, create), removes: []string{rType(q)}})
	rename := b.add(&node{sql: "ALTER TYPE " + tmp.String() + " RENAME TO " + schema.QuoteIdent(q.Name), object: name, kind: "rename type",
		phase: phaseEnum, change: c, after: []*node{drop}, provides: []string{rType(q)}})
	for _, r := range resets {
		b.add(&node{sql: ddl.SetColumnDefault(r.table, r.col.Name, r.col.Default), object: colName(r.table, r.col.Name), kind: "set default",
			phase: phaseEnum, change: c, after: []*node{rename}})
	}
	for _, f := range readd {
		f(rename)
	}
	if c.To.Comment != "" {
		b.comment(c, name, "type", ddl.CommentOnType(q, c.To.Comment), rType(q))
	}
}

// rTypeUsersDropped is provided by the drops of the check constraints and
// indexes whose expressions use enum q: the type swap moves columns to the
// new type only once they are gone, since their expressions compare with
// the old type.
func rTypeUsersDropped(q schema.QName) string { return "users dropped:" + q.String() }

// mentionsType reports whether expr casts to type name (or its array).
func mentionsType(expr, name string) bool {
	return expr != "" && strings.Contains(expr, "::"+name)
}

func constraintUsesType(con *schema.Constraint, name string) bool {
	if mentionsType(con.Expr, name) || mentionsType(con.Where, name) {
		return true
	}
	for _, e := range con.Elements {
		if mentionsType(e.Key.Expr, name) {
			return true
		}
	}
	return false
}

func indexUsesType(i *schema.Index, name string) bool {
	if mentionsType(i.Where, name) {
		return true
	}
	for _, k := range i.Keys {
		if mentionsType(k.Expr, name) {
			return true
		}
	}
	return false
}

// dropTypeUsers drops, before an enum swap, the check and exclusion
// constraints and the indexes of kept tables that use enum q in an
// expression and that the changes keep as they are; it returns the
// functions that add them again after the new type got its name. (Those
// the changes drop anyway provide rTypeUsersDropped themselves, see
// dropConstraint and dropIndex.)
func (b *builder) dropTypeUsers(c diff.AlterEnum, q schema.QName, create *node) []func(after *node) {
	name := q.String()
	var readd []func(*node)
	for _, ft := range b.from.Tables {
		tq := ft.QName()
		tt := b.toTables[tq]
		if tt == nil || b.droppedTables[tq] {
			continue
		}
		for _, con := range ft.Constraints {
			nc := tt.Constraint(con.Name)
			if !constraintUsesType(con, name) || nc == nil || !sameConstraint(con, nc) {
				continue
			}
			b.add(&node{sql: "ALTER TABLE " + tq.String() + " DROP CONSTRAINT " + schema.QuoteIdent(con.Name),
				object: tq.String() + "." + schema.QuoteIdent(con.Name), kind: "drop " + con.Kind, phase: phaseEnum, change: c,
				after: []*node{create}, provides: []string{rTypeUsersDropped(q)}})
			readd = append(readd, func(after *node) {
				n := &node{sql: ddl.AddConstraint(tt, nc), object: tq.String() + "." + schema.QuoteIdent(nc.Name), kind: "add " + nc.Kind,
					phase: phaseEnum, change: c, after: []*node{after}}
				b.add(n)
				for _, sql := range ddl.SetIndexStatistics(tq, nc.Name, nil, ddl.ElementKeys(nc.Elements)) {
					b.add(&node{sql: sql, object: n.object, kind: "set index statistics", phase: phaseEnum, change: c, after: []*node{n}})
				}
			})
		}
		for _, i := range ft.Indexes {
			ni := tt.Index(i.Name)
			if !indexUsesType(i, name) || ni == nil || !sameIndex(i, ni) {
				continue
			}
			iq := inSchema(tq, i.Name)
			b.add(&node{sql: "DROP INDEX " + iq.String(), object: iq.String(), kind: "drop index", phase: phaseEnum, change: c,
				after: []*node{create}, provides: []string{rTypeUsersDropped(q)}})
			readd = append(readd, func(after *node) {
				n := &node{sql: ddl.CreateIndex(tt, ni), object: iq.String(), kind: "create index", phase: phaseEnum, change: c, after: []*node{after}}
				b.add(n)
				for _, sql := range ddl.SetIndexStatistics(tq, ni.Name, nil, ni.Keys) {
					b.add(&node{sql: sql, object: iq.String(), kind: "set index statistics", phase: phaseEnum, change: c, after: []*node{n}})
				}
			})
		}
	}
	return readd
}

func sameConstraint(a, b *schema.Constraint) bool {
	x, y := *a, *b
	x.Comment, y.Comment, x.IndexComment, y.IndexComment = "", "", "", ""
	return reflect.DeepEqual(x, y)
}

func sameIndex(a, b *schema.Index) bool {
	x, y := *a, *b
	x.Comment, y.Comment = "", ""
	return reflect.DeepEqual(x, y)
}

// splitArray splits "public.mood[][]" into "public.mood" and "[][]".
func splitArray(typ string) (base, dims string) {
	base = typ
	for strings.HasSuffix(base, "[]") {
		base = strings.TrimSuffix(base, "[]")
	}
	return base, typ[len(base):]
}

// dropKeysOnType drops, before an enum swap, the foreign keys the changes
// keep whose columns or referenced columns are of enum q (or its array):
// the key could not hold while one side has the new type and the other
// the old. It returns the functions that add them again.
func (b *builder) dropKeysOnType(c diff.AlterEnum, q schema.QName, create *node) []func(after *node) {
	name := q.String()
	ofType := func(t *schema.Table, cols []string) bool {
		for _, n := range cols {
			if col := t.Column(n); col != nil {
				if base, _ := splitArray(col.Type); base == name {
					return true
				}
			}
		}
		return false
	}
	var readd []func(*node)
	for _, ft := range b.from.Tables {
		tq := ft.QName()
		tt := b.toTables[tq]
		if tt == nil || b.droppedTables[tq] {
			continue
		}
		for _, con := range ft.Constraints {
			if con.Kind != schema.ForeignKey || con.RefTable == nil || b.droppedFKs[constraintRef{tq, con.Name}] {
				continue
			}
			ref := b.fromTables[*con.RefTable]
			nc := tt.Constraint(con.Name)
			if nc == nil || ref == nil || !(ofType(ft, con.Columns) || ofType(ref, con.RefColumns)) {
				continue
			}
			b.add(&node{sql: "ALTER TABLE " + tq.String() + " DROP CONSTRAINT " + schema.QuoteIdent(con.Name),
				object: tq.String() + "." + schema.QuoteIdent(con.Name), kind: "drop foreign key", phase: phaseEnum, change: c,
				after: []*node{create}, provides: []string{rTypeUsersDropped(q)}})
			readd = append(readd, func(after *node) {
				n := &node{sql: ddl.AddConstraint(tt, nc), object: tq.String() + "." + schema.QuoteIdent(nc.Name), kind: "add foreign key",
					phase: phaseAddForeignKey, change: c, after: []*node{after}, requires: []string{rKey(*nc.RefTable, nc.RefColumns)}}
				b.add(n)
			})
		}
	}
	return readd
}

// inPartitionKey reports whether column name is a plain column of t's
// partition key.
func inPartitionKey(t *schema.Table, name string) bool {
	if t.PartitionKey == nil {
		return false
	}
	for _, k := range t.PartitionKey.Keys {
		if k.Column == name {
			return true
		}
	}
	return false
}
