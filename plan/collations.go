package plan

import (
	"fmt"
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

func (b *builder) addCollation(c diff.Change, coll *schema.Collation) {
	q := coll.QName()
	b.add(&node{sql: ddl.CreateCollation(coll), object: q.String(), kind: "create collation", phase: phaseExtension, change: c,
		requires: []string{rSchema(q.Schema)}, provides: []string{rCollation(q)}})
	if coll.Comment != "" {
		b.comment(c, q.String(), "collation", ddl.CommentOnCollation(q, coll.Comment), rCollation(q))
	}
}

func (b *builder) dropCollation(c diff.Change, coll *schema.Collation) {
	q := coll.QName()
	b.add(&node{sql: "DROP COLLATION " + q.String(), object: q.String(), kind: "drop collation", phase: phaseDropExtension, change: c,
		removes: []string{rCollation(q)}, releases: []string{rSchema(q.Schema)}})
}

func (b *builder) alterCollation(c diff.AlterCollation) {
	q := c.To.QName()
	if c.Change&diff.CollationDefinition != 0 {
		if users := collationUsers(b.from, b.to, q); len(users) > 0 {
			b.fail(fmt.Errorf("plan: collation %s changes its definition, which takes dropping and creating it again, "+
				"but %s use it: move them to another collation in a separate migration first", q, strings.Join(users, ", ")))
			return
		}
		b.dropCollation(c, c.From)
		b.addCollation(c, c.To)
		return
	}
	if c.Change&diff.CollationComment != 0 {
		b.comment(c, q.String(), "collation", ddl.CommentOnCollation(q, c.To.Comment), rCollation(q))
	}
}

// collationUsers lists the columns of tables and the types of from that use
// collation q and are kept by to.
func collationUsers(from, to *schema.Database, q schema.QName) []string {
	name := q.String()
	kept := map[schema.QName]bool{}
	for _, t := range to.Tables {
		kept[t.QName()] = true
	}
	var out []string
	for _, t := range from.Tables {
		for _, col := range t.Columns {
			if col.Collation == name && kept[t.QName()] {
				out = append(out, "column "+colName(t.QName(), col.Name))
			}
		}
	}
	for _, d := range from.Domains {
		if d.Collation == name {
			out = append(out, "domain "+d.QName().String())
		}
	}
	for _, ct := range from.CompositeTypes {
		for _, a := range ct.Attributes {
			if a.Collation == name {
				out = append(out, "composite type "+ct.QName().String())
				break
			}
		}
	}
	for _, r := range from.RangeTypes {
		if r.Collation == name {
			out = append(out, "range type "+r.QName().String())
		}
	}
	return out
}
