package diff

import (
	"reflect"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddConstraint adds a constraint to an existing table. A changed
// constraint is a DropConstraint and an AddConstraint.
type AddConstraint struct {
	Table      schema.QName
	Constraint *schema.Constraint
}

// DropConstraint drops a constraint of an existing table.
type DropConstraint struct {
	Table      schema.QName
	Constraint *schema.Constraint
}

// AlterConstraint changes what can change on a constraint in place: its
// comments, the statistics targets of the expression keys of an exclusion
// constraint's index, validation of a NOT VALID constraint, and the
// deferrability of a foreign key (ALTER CONSTRAINT ... [NOT] DEFERRABLE
// [INITIALLY ...]; PostgreSQL allows it for foreign keys only, other
// constraints are dropped and added again).
type AlterConstraint struct {
	Table    schema.QName
	From, To *schema.Constraint
	Change   ConstraintChange
}

// ConstraintChange is the set of constraint attributes that differ in
// place.
type ConstraintChange uint32

// The attributes of a constraint that change in place. ConstraintValidate
// means a NOT VALID constraint becomes valid; ConstraintDeferrable that a
// foreign key's DEFERRABLE / INITIALLY DEFERRED changes;
// ConstraintIndexStatistics that the statistics targets of an exclusion
// constraint's expression keys change (ALTER INDEX ... SET STATISTICS).
const (
	ConstraintComment ConstraintChange = 1 << iota
	ConstraintIndexComment
	ConstraintValidate
	ConstraintDeferrable
	ConstraintIndexStatistics
)

func (c ConstraintChange) String() string {
	return bitNames(uint32(c), []string{"comment", "index comment", "validate", "deferrable", "index statistics"})
}

func (AddConstraint) isChange()   {}
func (DropConstraint) isChange()  {}
func (AlterConstraint) isChange() {}

func (c AddConstraint) String() string {
	return "add " + c.Constraint.Kind + " constraint " + schema.QuoteIdent(c.Constraint.Name) + " on " + c.Table.String()
}
func (c DropConstraint) String() string {
	return "drop " + c.Constraint.Kind + " constraint " + schema.QuoteIdent(c.Constraint.Name) + " on " + c.Table.String()
}
func (c AlterConstraint) String() string {
	var parts []string
	if c.Change&ConstraintValidate != 0 {
		parts = append(parts, "validate")
	}
	if c.Change&ConstraintDeferrable != 0 {
		parts = append(parts, "deferrable "+deferrability(c.From)+" -> "+deferrability(c.To))
	}
	if c.Change&ConstraintComment != 0 {
		parts = append(parts, "comment "+quoted(c.From.Comment)+" -> "+quoted(c.To.Comment))
	}
	if c.Change&ConstraintIndexComment != 0 {
		parts = append(parts, "index comment "+quoted(c.From.IndexComment)+" -> "+quoted(c.To.IndexComment))
	}
	if c.Change&ConstraintIndexStatistics != 0 {
		parts = append(parts, "index statistics "+elementTargets(c.From.Elements)+" -> "+elementTargets(c.To.Elements))
	}
	return "alter constraint " + schema.QuoteIdent(c.To.Name) + " on " + c.Table.String() + ": " + strings.Join(parts, "; ")
}

func compareConstraints(list []Change, q schema.QName, from, to []*schema.Constraint) []Change {
	mergeSorted(from, to, func(a, b *schema.Constraint) int { return strings.Compare(a.Name, b.Name) },
		func(a, b *schema.Constraint, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropConstraint{q, a})
			case !hasA:
				list = append(list, AddConstraint{q, b})
			default:
				var ch ConstraintChange
				x, y := *a, *b
				if x.Comment != y.Comment {
					ch |= ConstraintComment
				}
				if x.IndexComment != y.IndexComment {
					ch |= ConstraintIndexComment
				}
				if x.NotValid && !y.NotValid {
					ch |= ConstraintValidate
				}
				x.Comment, y.Comment = "", ""
				x.IndexComment, y.IndexComment = "", ""
				if !reflect.DeepEqual(x.Elements, y.Elements) {
					x.Elements, y.Elements = elementsWithoutTargets(x.Elements), elementsWithoutTargets(y.Elements)
					if reflect.DeepEqual(x.Elements, y.Elements) {
						ch |= ConstraintIndexStatistics
					}
				}
				if ch&ConstraintValidate != 0 {
					x.NotValid = false
				}
				if x.Kind == schema.ForeignKey && y.Kind == schema.ForeignKey &&
					(x.Deferrable != y.Deferrable || x.InitiallyDeferred != y.InitiallyDeferred) {
					ch |= ConstraintDeferrable
					x.Deferrable, x.InitiallyDeferred = y.Deferrable, y.InitiallyDeferred
				}
				switch {
				case !reflect.DeepEqual(x, y):
					list = append(list, DropConstraint{q, a}, AddConstraint{q, b})
				case ch != 0:
					list = append(list, AlterConstraint{q, a, b, ch})
				}
			}
		})
	return list
}

// AddIndex creates an index on an existing table. A changed index is a
// DropIndex and an AddIndex.
type AddIndex struct {
	Table schema.QName
	Index *schema.Index
}

// DropIndex drops an index of an existing table.
type DropIndex struct {
	Table schema.QName
	Index *schema.Index
}

// AlterIndex changes an index in place: its comment and the statistics
// targets of its expression keys.
type AlterIndex struct {
	Table    schema.QName
	From, To *schema.Index
	Change   IndexChange
}

// IndexChange is the set of index attributes that differ in place.
type IndexChange uint32

// The attributes of an index that change in place.
const (
	IndexComment IndexChange = 1 << iota
	IndexStatistics
)

func (c IndexChange) String() string {
	return bitNames(uint32(c), []string{"comment", "statistics"})
}

func (AddIndex) isChange()   {}
func (DropIndex) isChange()  {}
func (AlterIndex) isChange() {}

func indexName(t schema.QName, i string) string {
	return schema.QName{Schema: t.Schema, Name: i}.String()
}

func (c AddIndex) String() string {
	return "add index " + indexName(c.Table, c.Index.Name) + " on " + c.Table.String()
}
func (c DropIndex) String() string {
	return "drop index " + indexName(c.Table, c.Index.Name) + " on " + c.Table.String()
}
func (c AlterIndex) String() string {
	var parts []string
	if c.Change&IndexComment != 0 {
		parts = append(parts, "comment "+quoted(c.From.Comment)+" -> "+quoted(c.To.Comment))
	}
	if c.Change&IndexStatistics != 0 {
		parts = append(parts, "statistics "+keyTargets(c.From.Keys)+" -> "+keyTargets(c.To.Keys))
	}
	return "alter index " + indexName(c.Table, c.To.Name) + ": " + strings.Join(parts, "; ")
}

func compareIndexes(list []Change, q schema.QName, from, to []*schema.Index) []Change {
	mergeSorted(from, to, func(a, b *schema.Index) int { return strings.Compare(a.Name, b.Name) },
		func(a, b *schema.Index, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropIndex{q, a})
			case !hasA:
				list = append(list, AddIndex{q, b})
			default:
				x, y := *a, *b
				x.Comment, y.Comment = "", ""
				x.Keys, y.Keys = keysWithoutTargets(x.Keys), keysWithoutTargets(y.Keys)
				var ch IndexChange
				if a.Comment != b.Comment {
					ch |= IndexComment
				}
				if !reflect.DeepEqual(a.Keys, b.Keys) {
					ch |= IndexStatistics
				}
				switch {
				case !reflect.DeepEqual(x, y):
					list = append(list, DropIndex{q, a}, AddIndex{q, b})
				case ch != 0:
					list = append(list, AlterIndex{q, a, b, ch})
				}
			}
		})
	return list
}

// deferrability names a constraint's timing as SQL says it.
func deferrability(c *schema.Constraint) string {
	switch {
	case c.InitiallyDeferred:
		return "deferrable initially deferred"
	case c.Deferrable:
		return "deferrable initially immediate"
	}
	return "not deferrable"
}
