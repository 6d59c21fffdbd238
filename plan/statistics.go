package plan

import (
	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// rStatistics names an extended statistics object.
func rStatistics(q schema.QName) string { return "statistics:" + q.String() }

// statisticsRequires returns what statistics object s uses: its schema,
// its relation (a table, a materialized view or a foreign table), the
// columns of its keys (with their types: PostgreSQL rebuilds a statistics
// object whose column changes type and loses its target then, so the plan
// drops and creates it again around the change) and what its expressions
// name. A materialized view dropped and created again (a new query) takes
// its statistics objects through the cascade (dependentsStatistics).
func (b *builder) statisticsRequires(s *schema.Statistics) []string {
	rs := []string{rSchema(s.Schema), rRel(s.Table), rTable(s.Table)}
	for _, c := range s.Columns {
		rs = append(rs, rColumn(s.Table, c), rColumnType(s.Table, c))
	}
	for _, e := range s.Exprs {
		rs = append(rs, b.refResources(ddl.ExprReferences(e), &s.Table)...)
		rs = append(rs, b.exprResources(e)...)
	}
	return rs
}

// statisticsChange adds the nodes of a change of an extended statistics
// object; it reports false for other changes.
func (b *builder) statisticsChange(c diff.Change) bool {
	switch c := c.(type) {
	case diff.AddStatistics:
		b.addStatistics(c, c.Statistics)
	case diff.DropStatistics:
		b.dropStatistics(c, c.Statistics)
	case diff.AlterStatistics:
		b.alterStatistics(c)
	default:
		return false
	}
	return true
}

// addStatistics creates s once its table and columns exist, then sets
// its target and comment.
func (b *builder) addStatistics(c diff.Change, s *schema.Statistics) {
	q := s.QName()
	b.add(&node{sql: ddl.CreateStatistics(s), object: q.String(), kind: "create statistics", phase: phaseAfter, change: c,
		requires: b.statisticsRequires(s), provides: []string{rStatistics(q)}})
	if s.Target != nil {
		b.statisticsTarget(c, s)
	}
	if s.Comment != "" {
		b.comment(c, q.String(), "statistics", ddl.CommentOnStatistics(s, s.Comment), rStatistics(q))
	}
}

// dropStatistics drops s before the columns and the table it uses go
// (DROP COLUMN and DROP TABLE would drop it themselves, and the DROP
// STATISTICS step would then fail).
func (b *builder) dropStatistics(c diff.Change, s *schema.Statistics) {
	q := s.QName()
	b.add(&node{sql: ddl.DropStatistics(s), object: q.String(), kind: "drop statistics", phase: phaseDropForeignKey, change: c,
		removes: []string{rStatistics(q)}, releases: b.statisticsRequires(s)})
}

// statisticsTarget sets the target of s.
func (b *builder) statisticsTarget(c diff.Change, s *schema.Statistics) {
	q := s.QName()
	b.add(&node{sql: ddl.SetStatisticsTarget(s), object: q.String(), kind: "alter statistics", phase: phaseAfter, change: c,
		requires: []string{rStatistics(q)}})
}

func (b *builder) alterStatistics(c diff.AlterStatistics) {
	if c.Change&diff.StatisticsDefinition != 0 {
		b.dropStatistics(c, c.From)
		b.addStatistics(c, c.To)
		return
	}
	if c.Change&diff.StatisticsTarget != 0 {
		b.statisticsTarget(c, c.To)
	}
	if c.Change&diff.StatisticsComment != 0 {
		b.comment(c, c.To.QName().String(), "statistics", ddl.CommentOnStatistics(c.To, c.To.Comment), rStatistics(c.To.QName()))
	}
}

// dependentsStatistics lists the statistics objects of db for the
// cascade: one is dropped and created again around the recreation of its
// table or of a function its expressions call, and around a type change
// of a column it uses.
func dependentsStatistics(b *builder, db *schema.Database) []dependent {
	out := make([]dependent, 0, len(db.Statistics))
	for _, s := range db.Statistics {
		q := s.QName()
		out = append(out, dependent{id: rStatistics(q), provides: []string{rStatistics(q)},
			requires: b.statisticsRequires(s), drop: diff.DropStatistics{Statistics: s}, add: diff.AddStatistics{Statistics: s}})
	}
	return out
}

// altersStatistics returns the dependent id of the statistics object that
// c alters.
func altersStatistics(c diff.Change) (string, bool) {
	if c, ok := c.(diff.AlterStatistics); ok {
		return rStatistics(c.To.QName()), true
	}
	return "", false
}
