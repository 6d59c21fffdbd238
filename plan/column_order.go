package plan

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// checkColumnOrder refuses an altered table whose columns would not end up
// in the target's order. PostgreSQL adds a column at the end of a table
// and cannot move one, so a column the plan adds (a new one, or one it
// drops and adds again: a generated column whose expression changes or
// that stands in the way of a type change) can only take its declared
// place when no kept column follows it, and kept columns cannot change
// places. Column order is part of the schema (SELECT *, COPY, INSERT
// without a column list), so Strata does not plan an order other than
// the target's; recreating the table would keep the order but is a data
// migration, not a schema change, and is left to the user.
//
// Tables that inherit or are partitions are not checked: their columns
// follow their parents' and the model lists only their own.
func (b *builder) checkColumnOrder(c diff.AlterTable) {
	from, to := c.From, c.To
	if len(parentsOf(from)) > 0 || len(parentsOf(to)) > 0 {
		return
	}
	q := to.QName()
	moved := map[string]bool{}
	for _, sub := range c.Changes {
		switch sub := sub.(type) {
		case diff.AddColumn:
			moved[sub.Column.Name] = true
		case diff.AlterColumn:
			if sub.Change&diff.ColumnGenerated != 0 && sub.To.Generated != "" {
				moved[sub.To.Name] = true
			}
		}
	}
	for ref := range b.regenerated {
		if ref.Table == q {
			moved[ref.Column] = true
		}
	}
	var kept, result []string
	for _, col := range from.Columns {
		if to.Column(col.Name) != nil && !moved[col.Name] {
			kept = append(kept, col.Name)
		}
	}
	result = slices.Clone(kept)
	var target, keptInTarget []string
	for _, col := range to.Columns {
		target = append(target, col.Name)
		if !moved[col.Name] {
			keptInTarget = append(keptInTarget, col.Name)
		} else {
			result = append(result, col.Name)
		}
	}
	if slices.Equal(result, target) {
		return
	}
	list := func(names []string) string {
		q := make([]string, len(names))
		for i, n := range names {
			q[i] = schema.QuoteIdent(n)
		}
		return "(" + strings.Join(q, ", ") + ")"
	}
	why := "the plan has to add a column the target declares before an existing one"
	if !slices.Equal(kept, keptInTarget) {
		why = "the target declares the existing columns in another order"
	}
	b.refuse(q.String(), "table "+q.String()+" would end up with its columns in the order "+list(result)+
		" instead of the declared "+list(target)+": "+why+", and PostgreSQL adds columns at the end of a table and cannot reorder them. "+
		"Column order is visible (SELECT *, COPY, INSERT without a column list), so Strata does not plan another order: "+
		"declare the new columns after the existing ones, or recreate the table by hand (create the new table, copy the rows, swap the names)")
}
