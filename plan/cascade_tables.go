package plan

import (
	"slices"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// dependentsTableExprs lists, as cascade dependents, the parts of tables
// whose expressions call user functions: column defaults, check and
// exclusion constraints, and indexes over expressions or with predicates.
// When such a function is dropped and created again (its result type
// changes, say), PostgreSQL refuses to drop it under them: the default is
// dropped and set again, the constraint or index dropped and added again,
// around the function's re-creation. A constraint or index listed here
// also requires the user operator classes its index uses (see
// dependentsOpClassIndexes for those that call no user function).
//
// Generated columns are not listed: dropping one loses its data, so the
// planner does not do it behind the user's back (the DROP FUNCTION step
// fails with PostgreSQL's error naming the column).
func dependentsTableExprs(b *builder, db *schema.Database) []dependent {
	var out []dependent
	callsUserFunction := func(expr string) bool { return expr != "" && qualifiedCall.MatchString(expr) }
	for _, t := range db.Tables {
		q := t.QName()
		for _, col := range t.Columns {
			if !callsUserFunction(col.Default) {
				continue
			}
			without := *col
			without.Default = ""
			out = append(out, dependent{
				id:       "default:" + colName(q, col.Name),
				requires: b.exprResources(col.Default),
				drop: diff.AlterTable{From: t, To: t, Changes: []diff.Change{
					diff.AlterColumn{Table: q, From: col, To: &without, Change: diff.ColumnDefault}}},
				add: diff.AlterTable{From: t, To: t, Changes: []diff.Change{
					diff.AlterColumn{Table: q, From: &without, To: col, Change: diff.ColumnDefault}}},
			})
		}
		for _, con := range t.Constraints {
			exprs := []string{con.Expr, con.Where}
			for _, e := range con.Elements {
				exprs = append(exprs, e.Key.Expr)
			}
			if !slices.ContainsFunc(exprs, callsUserFunction) {
				continue
			}
			out = append(out, dependent{
				id:       rConstraint(q, con.Name),
				provides: constraintRemovals(q, con),
				requires: append(b.constraintExprResources(con), constraintOpClassResources(db, t, con)...), // plan/opclass.go
				drop:     diff.AlterTable{From: t, To: t, Changes: []diff.Change{diff.DropConstraint{Table: q, Constraint: con}}},
				add:      diff.AlterTable{From: t, To: t, Changes: []diff.Change{diff.AddConstraint{Table: q, Constraint: con}}},
			})
		}
		for _, i := range t.Indexes {
			exprs := []string{i.Where}
			for _, k := range i.Keys {
				exprs = append(exprs, k.Expr)
			}
			if !slices.ContainsFunc(exprs, callsUserFunction) {
				continue
			}
			out = append(out, dependent{
				id:       rIndex(inSchema(q, i.Name)),
				provides: indexRemovals(q, i),
				requires: append(b.indexExprResources(i), indexOpClassResources(db, t, i)...), // plan/opclass.go
				drop:     diff.AlterTable{From: t, To: t, Changes: []diff.Change{diff.DropIndex{Table: q, Index: i}}},
				add:      diff.AlterTable{From: t, To: t, Changes: []diff.Change{diff.AddIndex{Table: q, Index: i}}},
			})
		}
	}
	return out
}

// tableExprsHandled returns the ids of dependentsTableExprs that an
// AlterTable already takes care of: constraints and indexes it drops (to
// add them again changed), and defaults it changes.
func tableExprsHandled(c diff.Change) []string {
	a, ok := c.(diff.AlterTable)
	if !ok {
		return nil
	}
	q := a.To.QName()
	var ids []string
	for _, sub := range a.Changes {
		switch sub := sub.(type) {
		case diff.DropConstraint:
			ids = append(ids, rConstraint(q, sub.Constraint.Name))
		case diff.DropIndex:
			ids = append(ids, rIndex(inSchema(q, sub.Index.Name)))
		case diff.AlterColumn:
			if sub.Change&diff.ColumnDefault != 0 {
				ids = append(ids, "default:"+colName(q, sub.To.Name))
			}
		}
	}
	return ids
}
