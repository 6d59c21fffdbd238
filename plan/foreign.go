package plan

import (
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// Resources of the foreign objects: wrappers and servers belong to no
// schema.
func rWrapper(name string) string { return "foreign data wrapper:" + name }
func rServer(name string) string  { return "server:" + name }

// foreignChange adds the nodes of a change of a foreign-data wrapper,
// server or foreign table; other changes are ignored.
func (b *builder) foreignChange(c diff.Change) {
	switch c := c.(type) {
	case diff.AddForeignDataWrapper:
		w := c.Wrapper
		name := schema.QuoteIdent(w.Name)
		b.add(&node{sql: ddl.CreateForeignDataWrapper(w), object: name, kind: "create foreign data wrapper", phase: phaseExtension,
			change: c, provides: []string{rWrapper(w.Name)}, requires: wrapperFunctions(w)})
		if w.Comment != "" {
			b.comment(c, name, "foreign data wrapper", ddl.CommentOnForeignDataWrapper(w.Name, w.Comment), rWrapper(w.Name))
		}
	case diff.DropForeignDataWrapper:
		w := c.Wrapper
		b.add(&node{sql: "DROP FOREIGN DATA WRAPPER " + schema.QuoteIdent(w.Name), object: schema.QuoteIdent(w.Name),
			kind: "drop foreign data wrapper", phase: phaseDropExtension, change: c,
			removes: []string{rWrapper(w.Name)}, releases: wrapperFunctions(w)})
	case diff.AlterForeignDataWrapper:
		name := schema.QuoteIdent(c.To.Name)
		if sql := ddl.AlterForeignDataWrapper(c.From, c.To); sql != "" {
			b.add(&node{sql: sql, object: name, kind: "alter foreign data wrapper", phase: phaseExtension, change: c,
				requires: append(wrapperFunctions(c.To), rWrapper(c.To.Name)), releases: wrapperFunctions(c.From)})
		}
		if c.Change&diff.ForeignComment != 0 {
			b.comment(c, name, "foreign data wrapper", ddl.CommentOnForeignDataWrapper(c.To.Name, c.To.Comment), rWrapper(c.To.Name))
		}
	case diff.AddForeignServer:
		s := c.Server
		name := schema.QuoteIdent(s.Name)
		// A wrapper an extension creates is not in the model: it comes
		// with the extension's objects.
		b.add(&node{sql: ddl.CreateServer(s), object: name, kind: "create server", phase: phaseExtension, change: c,
			provides: []string{rServer(s.Name)}, requires: b.serverWrapper(b.to, s)})
		if s.Comment != "" {
			b.comment(c, name, "server", ddl.CommentOnServer(s.Name, s.Comment), rServer(s.Name))
		}
	case diff.DropForeignServer:
		s := c.Server
		b.add(&node{sql: "DROP SERVER " + schema.QuoteIdent(s.Name), object: schema.QuoteIdent(s.Name), kind: "drop server",
			phase: phaseDropExtension, change: c, removes: []string{rServer(s.Name)}, releases: b.serverWrapper(b.from, s)})
	case diff.AlterForeignServer:
		name := schema.QuoteIdent(c.To.Name)
		if sql := ddl.AlterServer(c.From, c.To); sql != "" {
			b.add(&node{sql: sql, object: name, kind: "alter server", phase: phaseExtension, change: c,
				requires: []string{rServer(c.To.Name)}})
		}
		if c.Change&diff.ForeignComment != 0 {
			b.comment(c, name, "server", ddl.CommentOnServer(c.To.Name, c.To.Comment), rServer(c.To.Name))
		}
	case diff.AddForeignTable:
		b.addForeignTable(c, c.Table)
	case diff.DropForeignTable:
		t := c.Table
		q := t.QName()
		n := &node{sql: "DROP FOREIGN TABLE " + q.String(), object: q.String(), kind: "drop foreign table", phase: phaseDropTable,
			change: c, removes: []string{rRel(q), rType(q)}, releases: []string{rSchema(t.Schema), rServer(t.Server)}}
		for _, col := range t.Columns {
			n.removes = append(n.removes, rColumn(q, col.Name))
			n.releases = append(n.releases, b.foreignColumnResources(col)...)
		}
		b.add(n)
	case diff.AlterForeignTable:
		b.alterForeignTable(c)
	case diff.AddUserMapping:
		m := c.Mapping
		b.add(&node{sql: ddl.CreateUserMapping(m), object: c.ObjectName(), kind: "create user mapping", phase: phaseCreateTable,
			change: c, requires: []string{rServer(m.Server)}})
	case diff.DropUserMapping:
		m := c.Mapping
		b.add(&node{sql: ddl.DropUserMapping(m), object: c.ObjectName(), kind: "drop user mapping", phase: phaseDropTable,
			change: c, releases: []string{rServer(m.Server)}})
	case diff.AlterUserMapping:
		b.add(&node{sql: ddl.AlterUserMapping(c.From, c.To), object: c.ObjectName(), kind: "alter user mapping", phase: phaseAlterTable,
			change: c, requires: []string{rServer(c.To.Server)}})
	}
}

// wrapperFunctions returns the functions a wrapper's handler and validator
// need.
func wrapperFunctions(w *schema.ForeignDataWrapper) []string {
	var rs []string
	for _, f := range []string{w.Handler, w.Validator} {
		if sch, name, ok := strings.Cut(f, "."); ok && !strings.Contains(f, `"`) {
			rs = append(rs, rFunctionName(schema.QName{Schema: sch, Name: name}))
		}
	}
	return rs
}

// foreignColumnResources returns what a column of a foreign table needs:
// its type, collation and what its default uses.
func (b *builder) foreignColumnResources(c *schema.ForeignColumn) []string {
	rs := append(b.typeResources(c.Type), b.exprResources(c.Default)...)
	return append(rs, collationResources(c.Collation)...)
}

func (b *builder) addForeignTable(c diff.Change, t *schema.ForeignTable) {
	q := t.QName()
	n := &node{sql: ddl.CreateForeignTable(t), object: q.String(), kind: "create foreign table", phase: phaseCreateTable, change: c,
		requires: []string{rSchema(t.Schema), rServer(t.Server), rExtensionObjects}, provides: []string{rRel(q), rType(q)}}
	for _, col := range t.Columns {
		n.provides = append(n.provides, rColumn(q, col.Name))
		n.requires = append(n.requires, b.foreignColumnResources(col)...)
	}
	b.add(n)
	if t.Comment != "" {
		b.comment(c, q.String(), "foreign table", ddl.CommentOnForeignTable(q, t.Comment), rRel(q))
	}
	for _, col := range t.Columns {
		if col.Comment != "" {
			b.comment(c, colName(q, col.Name), "column", ddl.CommentOnColumn(q, col.Name, col.Comment), rColumn(q, col.Name))
		}
	}
}

// alterForeignTable changes a foreign table in place: options, dropped
// columns, altered columns (type, default, NOT NULL, options), added
// columns, comments.
func (b *builder) alterForeignTable(c diff.AlterForeignTable) {
	q := c.To.QName()
	alter := "ALTER FOREIGN TABLE " + q.String() + " "
	step := func(object, kind, sql string, phase int, requires, releases []string) {
		b.add(&node{sql: sql, object: object, kind: kind, phase: phase, change: c,
			requires: append([]string{rRel(q)}, requires...), releases: releases})
	}
	if c.Change&diff.ForeignOptions != 0 {
		step(q.String(), "alter foreign table", alter+ddl.AlterOptions(c.From.Options, c.To.Options), phaseAlterTable, nil, nil)
	}
	for _, col := range c.Dropped {
		b.add(&node{sql: alter + "DROP COLUMN " + schema.QuoteIdent(col.Name), object: colName(q, col.Name), kind: "drop column",
			phase: phaseDropColumn, change: c, removes: []string{rColumn(q, col.Name)}, releases: b.foreignColumnResources(col)})
	}
	for _, a := range c.Altered {
		obj := colName(q, a.To.Name)
		col := alter + "ALTER COLUMN " + schema.QuoteIdent(a.To.Name) + " "
		needs := []string{rColumn(q, a.To.Name)}
		if a.Change&diff.ForeignDefault != 0 && a.From.Default != "" {
			step(obj, "drop default", ddl.SetForeignColumnDefault(q, a.To.Name, ""), phaseAlterColumnBefore, needs, b.exprResources(a.From.Default))
		}
		if a.Change&diff.ForeignType != 0 {
			sql := col + "TYPE " + a.To.Type
			if a.To.Collation != "" {
				sql += " COLLATE " + a.To.Collation
			} else if a.From.Collation != "" {
				sql += ` COLLATE pg_catalog."default"`
			}
			// What uses the column's type (a statistics object, which
			// PostgreSQL rebuilds without its target; a view, which it
			// refuses to keep) is dropped before and created again after.
			typ := rColumnType(q, a.To.Name)
			requires := append([]string{rRel(q)}, needs...)
			requires = append(requires, b.typeResources(a.To.Type)...)
			requires = append(requires, collationResources(a.To.Collation)...)
			b.add(&node{sql: sql, object: obj, kind: "alter column type", phase: phaseAlterColumn, change: c,
				requires: requires, releases: b.typeResources(a.From.Type), removes: []string{typ}, provides: []string{typ}})
		}
		if a.Change&diff.ForeignDefault != 0 && a.To.Default != "" {
			step(obj, "set default", ddl.SetForeignColumnDefault(q, a.To.Name, a.To.Default), phaseAfter,
				append(needs, b.exprResources(a.To.Default)...), nil)
		}
		if a.Change&diff.ForeignNotNull != 0 {
			what := "DROP NOT NULL"
			if a.To.NotNull {
				what = "SET NOT NULL"
			}
			step(obj, "alter column", col+what, phaseAlterColumn, needs, nil)
		}
		if a.Change&diff.ForeignOptions != 0 {
			step(obj, "alter column", col+ddl.AlterOptions(a.From.Options, a.To.Options), phaseAlterColumn, needs, nil)
		}
		if a.Change&diff.ForeignComment != 0 {
			b.comment(c, obj, "column", ddl.CommentOnColumn(q, a.To.Name, a.To.Comment), rColumn(q, a.To.Name))
		}
	}
	var prev *node
	for _, col := range c.Added {
		n := b.add(&node{sql: ddl.AddForeignColumn(q, col), object: colName(q, col.Name), kind: "add column", phase: phaseAddColumn, change: c,
			requires: append([]string{rRel(q)}, b.foreignColumnResources(col)...), provides: []string{rColumn(q, col.Name)}})
		if prev != nil {
			n.after = append(n.after, prev) // in declared order: each goes at the end
		}
		prev = n
		if col.Comment != "" {
			b.comment(c, colName(q, col.Name), "column", ddl.CommentOnColumn(q, col.Name, col.Comment), rColumn(q, col.Name))
		}
	}
	if c.Change&diff.ForeignComment != 0 {
		b.comment(c, q.String(), "foreign table", ddl.CommentOnForeignTable(q, c.To.Comment), rRel(q))
	}
}

// serverWrapper returns what server s of db needs of its wrapper: the
// wrapper of the model, or else the extension that created it (contrib's
// file_fdw and postgres_fdw are named like their wrappers) and the
// extensions' objects.
func (b *builder) serverWrapper(db *schema.Database, s *schema.ForeignServer) []string {
	for _, w := range db.ForeignDataWrappers {
		if w.Name == s.Wrapper {
			return []string{rWrapper(s.Wrapper)}
		}
	}
	return []string{rExtension(s.Wrapper), rExtensionObjects}
}

// dependentsForeignTables lists the foreign tables of db as dependents:
// a foreign table holds no data, so when a type, collation or function
// its columns use is dropped and created again, the table is dropped and
// created again around it.
func dependentsForeignTables(b *builder, db *schema.Database) []dependent {
	dropped := map[string]bool{} // already dropped and created again by the changes
	for _, n := range b.nodes {
		if n.kind == "drop foreign table" {
			dropped[n.object] = true
		}
	}
	var out []dependent
	for _, t := range db.ForeignTables {
		q := t.QName()
		if dropped[q.String()] {
			continue
		}
		d := dependent{id: rRel(q), provides: []string{rRel(q), rType(q)},
			requires: []string{rServer(t.Server)}, drop: diff.DropForeignTable{Table: t}, add: diff.AddForeignTable{Table: t}}
		for _, col := range t.Columns {
			d.provides = append(d.provides, rColumn(q, col.Name))
			d.requires = append(d.requires, b.foreignColumnResources(col)...)
		}
		out = append(out, d)
	}
	return out
}

// altersForeignTable returns the dependent id of the foreign table c
// alters.
func altersForeignTable(c diff.Change) (string, bool) {
	if c, ok := c.(diff.AlterForeignTable); ok {
		return rRel(c.To.QName()), true
	}
	return "", false
}
