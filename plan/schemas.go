package plan

import (
	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

func (b *builder) addSchema(c diff.AddSchema) {
	name := schema.QuoteIdent(c.Schema.Name)
	b.add(&node{sql: ddl.CreateSchema(c.Schema), object: name, kind: "create schema", phase: phaseCreateSchema, change: c,
		provides: []string{rSchema(c.Schema.Name)}})
	if c.Schema.Comment != "" {
		b.comment(c, name, "schema", ddl.CommentOnSchema(c.Schema.Name, c.Schema.Comment), rSchema(c.Schema.Name))
	}
}

func (b *builder) dropSchema(c diff.DropSchema) {
	b.add(&node{sql: "DROP SCHEMA " + schema.QuoteIdent(c.Schema.Name), object: schema.QuoteIdent(c.Schema.Name), kind: "drop schema",
		phase: phaseDropSchema, change: c, removes: []string{rSchema(c.Schema.Name)}})
}

func (b *builder) alterSchema(c diff.AlterSchema) {
	b.comment(c, schema.QuoteIdent(c.To.Name), "schema", ddl.CommentOnSchema(c.To.Name, c.To.Comment), rSchema(c.To.Name))
}

// comment adds a COMMENT ON step for object, after whatever provides
// needs.
func (b *builder) comment(c diff.Change, object, what, sql string, needs ...string) {
	b.add(&node{sql: sql, object: object, kind: "comment on " + what, phase: phaseComment, change: c, requires: needs})
}

func (b *builder) addExtension(c diff.AddExtension) {
	e := c.Extension
	name := schema.QuoteIdent(e.Name)
	b.add(&node{sql: ddl.CreateExtension(e), object: name, kind: "create extension", phase: phaseExtension, change: c,
		requires: []string{rSchema(e.Schema)}, provides: []string{rExtension(e.Name), rExtensionObjects}})
	if e.Comment != "" {
		b.comment(c, name, "extension", ddl.CommentOnExtension(e.Name, e.Comment), rExtension(e.Name))
	}
}

func (b *builder) dropExtension(c diff.DropExtension) {
	e := c.Extension
	b.add(&node{sql: "DROP EXTENSION " + schema.QuoteIdent(e.Name), object: schema.QuoteIdent(e.Name), kind: "drop extension",
		phase: phaseDropExtension, change: c, removes: []string{rExtension(e.Name)}, releases: []string{rSchema(e.Schema)}})
}

func (b *builder) alterExtension(c diff.AlterExtension) {
	name := schema.QuoteIdent(c.To.Name)
	if c.Change&diff.ExtensionVersion != 0 {
		sql := "ALTER EXTENSION " + name + " UPDATE"
		if c.To.Version != "" {
			sql += " TO " + ddl.QuoteLiteral(c.To.Version)
		}
		b.add(&node{sql: sql, object: name, kind: "update extension", phase: phaseExtension, change: c,
			provides: []string{rExtensionObjects}})
	}
	if c.Change&diff.ExtensionSchema != 0 {
		b.add(&node{sql: "ALTER EXTENSION " + name + " SET SCHEMA " + schema.QuoteIdent(c.To.Schema), object: name,
			kind: "move extension", phase: phaseExtension, change: c,
			requires: []string{rSchema(c.To.Schema)}, releases: []string{rSchema(c.From.Schema)}, provides: []string{rExtensionObjects}})
	}
	if c.Change&diff.ExtensionComment != 0 {
		b.comment(c, name, "extension", ddl.CommentOnExtension(c.To.Name, c.To.Comment), rExtension(c.To.Name))
	}
}
