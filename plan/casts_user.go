package plan

import (
	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// castRequires returns what cast c uses: its types and its function.
func (b *builder) castRequires(c *schema.Cast) []string {
	rs := append(b.typeResources(c.Source), b.typeResources(c.Target)...)
	return append(rs, signatureResources(c.Function)...)
}

// rCast names a cast.
func rCast(c *schema.Cast) string { return "cast:" + c.Key() }

func (b *builder) addCast(ch diff.Change, c *schema.Cast) {
	b.add(&node{sql: ddl.CreateCast(c), object: c.Key(), kind: "create cast", phase: phaseAfter, change: ch,
		requires: b.castRequires(c), provides: []string{rCast(c)}})
	if c.Comment != "" {
		b.comment(ch, c.Key(), "cast", ddl.CommentOnCast(c, c.Comment), rCast(c))
	}
}

func (b *builder) dropCast(ch diff.Change, c *schema.Cast) {
	b.add(&node{sql: ddl.DropCast(c), object: c.Key(), kind: "drop cast", phase: phaseDropForeignKey, change: ch,
		removes: []string{rCast(c)}, releases: b.castRequires(c)})
}

func (b *builder) alterCast(c diff.AlterCast) {
	if c.Change&diff.CastDefinition != 0 {
		b.dropCast(c, c.From)
		b.addCast(c, c.To)
		return
	}
	if c.Change&diff.CastComment != 0 {
		b.comment(c, c.To.Key(), "cast", ddl.CommentOnCast(c.To, c.To.Comment), rCast(c.To))
	}
}

// dependentsCasts lists the casts of db for the cascade: a cast is dropped
// and created again around its function's or its types' recreation.
func dependentsCasts(b *builder, db *schema.Database) []dependent {
	out := make([]dependent, 0, len(db.Casts))
	for _, c := range db.Casts {
		out = append(out, dependent{id: rCast(c), provides: []string{rCast(c)}, requires: b.castRequires(c),
			drop: diff.DropCast{Cast: c}, add: diff.AddCast{Cast: c}})
	}
	return out
}

// altersCast returns the dependent id of the cast that c alters.
func altersCast(c diff.Change) (string, bool) {
	if c, ok := c.(diff.AlterCast); ok {
		return rCast(c.To), true
	}
	return "", false
}
