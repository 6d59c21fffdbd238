package plan

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// hasIndex reports whether a constraint of kind k is backed by an index
// named like the constraint.
func hasIndex(kind string) bool {
	return kind == schema.PrimaryKey || kind == schema.Unique || kind == schema.Exclude
}

// constraintRemovals returns what dropping constraint con of table q
// removes.
func constraintRemovals(q schema.QName, con *schema.Constraint) []string {
	rs := []string{rConstraint(q, con.Name)}
	if hasIndex(con.Kind) {
		rs = append(rs, rRel(inSchema(q, con.Name)), rIndex(inSchema(q, con.Name)))
	}
	if con.Kind == schema.PrimaryKey || con.Kind == schema.Unique {
		rs = append(rs, rKey(q, con.Columns))
	}
	return rs
}

// addConstraint adds constraint con of table t: keys and checks once the
// columns exist, foreign keys after every table and key they need.
func (b *builder) addConstraint(c diff.Change, t *schema.Table, con *schema.Constraint) {
	q := t.QName()
	n := &node{sql: ddl.AddConstraint(t, con), object: q.String() + "." + schema.QuoteIdent(con.Name), kind: "add " + con.Kind,
		phase: phaseAddConstraint, change: c, requires: []string{rTable(q)}, provides: []string{rConstraint(q, con.Name)}}
	for _, col := range slices.Concat(con.Columns, con.Include) {
		n.requires = append(n.requires, rColumn(q, col), rColumnAltered(q, col))
	}
	n.requires = append(n.requires, b.constraintExprResources(con)...)
	n.requires = append(n.requires, constraintOpClassResources(b.to, t, con)...) // plan/opclass.go
	if hasIndex(con.Kind) {
		n.provides = append(n.provides, rRel(inSchema(q, con.Name)), rIndex(inSchema(q, con.Name)))
	}
	if con.Kind == schema.PrimaryKey || con.Kind == schema.Unique {
		n.provides = append(n.provides, rKey(q, con.Columns))
	}
	if con.Kind == schema.ForeignKey && con.RefTable != nil {
		n.phase = phaseAddForeignKey
		n.requires = append(n.requires, rTable(*con.RefTable), rKey(*con.RefTable, con.RefColumns))
		for _, col := range con.RefColumns {
			n.requires = append(n.requires, rColumn(*con.RefTable, col), rColumnAltered(*con.RefTable, col))
		}
	}
	b.add(n)
	b.indexStatistics(c, q, con.Name, nil, ddl.ElementKeys(con.Elements), rConstraint(q, con.Name))
	if con.Comment != "" {
		b.comment(c, n.object, "constraint", ddl.CommentOnConstraint(q, con.Name, con.Comment), rConstraint(q, con.Name))
	}
	if con.IndexComment != "" {
		b.comment(c, inSchema(q, con.Name).String(), "index", ddl.CommentOnIndex(q, con.Name, con.IndexComment), rConstraint(q, con.Name))
	}
}

// dropConstraint drops constraint con of table q before its columns, and
// a foreign key before the key and table it references.
func (b *builder) dropConstraint(c diff.Change, q schema.QName, con *schema.Constraint) {
	n := &node{sql: "ALTER TABLE " + q.String() + " DROP CONSTRAINT " + schema.QuoteIdent(con.Name),
		object: q.String() + "." + schema.QuoteIdent(con.Name), kind: "drop " + con.Kind, phase: phaseDropConstraint, change: c,
		removes: constraintRemovals(q, con)}
	for _, col := range slices.Concat(con.Columns, con.Include) {
		n.releases = append(n.releases, rColumn(q, col))
	}
	n.releases = append(n.releases, b.constraintExprResources(con)...)
	if t := b.fromTables[q]; t != nil {
		n.releases = append(n.releases, constraintOpClassResources(b.from, t, con)...) // plan/opclass.go
	}
	if con.Kind == schema.ForeignKey && con.RefTable != nil {
		n.phase = phaseDropForeignKey
		n.releases = append(n.releases, rTable(*con.RefTable), rKey(*con.RefTable, con.RefColumns))
		for _, col := range con.RefColumns {
			n.releases = append(n.releases, rColumn(*con.RefTable, col))
		}
	}
	if con.Kind == schema.PrimaryKey || con.Kind == schema.Unique {
		b.removedKeys = append(b.removedKeys, keyRef{q, con.Columns})
	}
	for r := range b.swapped {
		if constraintUsesType(con, strings.TrimPrefix(r, "type:")) {
			n.provides = append(n.provides, "users dropped:"+strings.TrimPrefix(r, "type:"))
		}
	}
	b.add(n)
}

func (b *builder) alterConstraint(c diff.AlterConstraint) {
	q := c.Table
	obj := q.String() + "." + schema.QuoteIdent(c.To.Name)
	if c.Change&diff.ConstraintValidate != 0 {
		b.add(&node{sql: "ALTER TABLE " + q.String() + " VALIDATE CONSTRAINT " + schema.QuoteIdent(c.To.Name), object: obj,
			kind: "validate constraint", phase: phaseAddForeignKey, change: c})
	}
	if c.Change&diff.ConstraintDeferrable != 0 {
		timing := " NOT DEFERRABLE"
		switch {
		case c.To.InitiallyDeferred:
			timing = " DEFERRABLE INITIALLY DEFERRED"
		case c.To.Deferrable:
			timing = " DEFERRABLE INITIALLY IMMEDIATE"
		}
		b.add(&node{sql: "ALTER TABLE " + q.String() + " ALTER CONSTRAINT " + schema.QuoteIdent(c.To.Name) + timing, object: obj,
			kind: "alter constraint", phase: phaseAddForeignKey, change: c, requires: []string{rConstraint(q, c.To.Name)}})
	}
	if c.Change&diff.ConstraintComment != 0 {
		b.comment(c, obj, "constraint", ddl.CommentOnConstraint(q, c.To.Name, c.To.Comment), rConstraint(q, c.To.Name))
	}
	if c.Change&diff.ConstraintIndexComment != 0 {
		b.comment(c, inSchema(q, c.To.Name).String(), "index", ddl.CommentOnIndex(q, c.To.Name, c.To.IndexComment), rConstraint(q, c.To.Name))
	}
	if c.Change&diff.ConstraintIndexStatistics != 0 {
		b.indexStatistics(c, q, c.To.Name, ddl.ElementKeys(c.From.Elements), ddl.ElementKeys(c.To.Elements), rConstraint(q, c.To.Name))
	}
}

// typeChanged reports whether one of the columns of table q changes type.
func (b *builder) typeChanged(q schema.QName, columns []string) bool {
	for _, c := range columns {
		if b.columnChanges[schema.ColumnRef{Table: q, Column: c}]&diff.ColumnType != 0 {
			return true
		}
	}
	return false
}

// forcedForeignKeys drops and adds again the foreign keys that the changes
// keep but that stand on a unique key the plan drops (a primary key or
// unique constraint replaced, a unique index dropped, a table recreated):
// PostgreSQL refuses to drop a key a foreign key uses.
func (b *builder) forcedForeignKeys() {
	removed := map[string]bool{}
	for _, k := range b.removedKeys {
		removed[rKey(k.table, k.columns)] = true
	}
	recreated := map[schema.QName]bool{}
	for q := range b.droppedTables {
		if b.addedTables[q] {
			recreated[q] = true
		}
	}
	typed := false
	for _, ch := range b.columnChanges {
		if ch&diff.ColumnType != 0 {
			typed = true
			break
		}
	}
	if len(removed) == 0 && len(recreated) == 0 && !typed {
		return
	}
	for _, t := range b.from.Tables {
		q := t.QName()
		if b.droppedTables[q] {
			continue
		}
		for _, con := range t.Constraints {
			if con.Kind != schema.ForeignKey || con.RefTable == nil || b.droppedFKs[constraintRef{q, con.Name}] {
				continue
			}
			if !removed[rKey(*con.RefTable, con.RefColumns)] && !recreated[*con.RefTable] &&
				!b.typeChanged(q, con.Columns) && !b.typeChanged(*con.RefTable, con.RefColumns) {
				continue
			}
			nt := b.toTables[q]
			if nt == nil || nt.Constraint(con.Name) == nil {
				continue
			}
			c := diff.DropConstraint{Table: q, Constraint: con}
			b.dropConstraint(c, q, con)
			b.addConstraint(diff.AddConstraint{Table: q, Constraint: nt.Constraint(con.Name)}, nt, nt.Constraint(con.Name))
		}
	}
}

// constraintExprResources returns what the expressions of con (a check,
// or an exclusion constraint's keys and predicate) need: the user
// functions and types they name.
func (b *builder) constraintExprResources(con *schema.Constraint) []string {
	rs := slices.Concat(b.exprResources(con.Expr), b.exprResources(con.Where))
	for _, e := range con.Elements {
		rs = append(rs, b.exprResources(e.Key.Expr)...)
	}
	return rs
}
