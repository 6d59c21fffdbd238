package apply

import (
	"slices"

	"github.com/stratadb/strata/schema"
)

// ColumnOrder returns target with the columns of every table that live has
// too put in the only order a plan can reach: the columns both have in
// live's order, then the columns only target has, in target's order.
// PostgreSQL adds a column at the end of a table and cannot move one, so a
// column that a newer version dropped from the middle of a table can only
// come back at the end; the planner refuses any other order (see
// plan.RefusedError). A rollback restores the recorded model through
// ColumnOrder so that it can run; moved says, one line per table, which
// columns come back in another place than recorded. Tables that inherit or
// are partitions keep their order (their columns follow their parents').
//
// It is a pure function: live and target are not modified.
func ColumnOrder(live, target *schema.Database) (out *schema.Database, moved []string) {
	out = clone(target)
	liveTables := map[schema.QName]*schema.Table{}
	if live != nil {
		for _, t := range live.Tables {
			liveTables[t.QName()] = t
		}
	}
	for _, t := range out.Tables {
		lt := liveTables[t.QName()]
		if lt == nil || t.PartitionOf != nil || len(t.Inherits) > 0 || lt.PartitionOf != nil || len(lt.Inherits) > 0 {
			continue
		}
		cols, back := liveOrder(lt, t)
		if slices.Equal(cols, t.Columns) {
			continue
		}
		line := "table " + t.QName().String() + ": columns in the order " + columnList(cols) + " instead of the recorded " + columnList(t.Columns)
		if len(back) > 0 {
			line += "; " + columnList(back) + " come(s) back at the end"
		}
		moved = append(moved, line+" (PostgreSQL adds columns at the end of a table and cannot move them)")
		t.Columns = cols
	}
	return out, moved
}

// liveOrder returns the columns of t in the order a plan from lt can
// reach: the columns lt has too, in lt's order, then the others (back), in
// t's order.
func liveOrder(lt, t *schema.Table) (cols, back []*schema.Column) {
	for _, lc := range lt.Columns {
		if c := t.Column(lc.Name); c != nil {
			cols = append(cols, c)
		}
	}
	for _, c := range t.Columns {
		if lt.Column(c.Name) == nil {
			cols = append(cols, c)
			back = append(back, c)
		}
	}
	return cols, back
}

// columnList prints column names as "(a, b)".
func columnList(cols []*schema.Column) string {
	s := "("
	for i, c := range cols {
		if i > 0 {
			s += ", "
		}
		s += schema.QuoteIdent(c.Name)
	}
	return s + ")"
}
