package diff

import (
	"reflect"

	"github.com/stratadb/strata/schema"
)

// AddCollation creates a collation.
type AddCollation struct{ Collation *schema.Collation }

// DropCollation drops a collation.
type DropCollation struct{ Collation *schema.Collation }

// AlterCollation changes a collation.
type AlterCollation struct {
	From, To *schema.Collation
	Change   CollationChange
}

// CollationChange is the set of collation attributes that differ.
type CollationChange uint32

// The attributes of a collation. CollationDefinition (provider, locales,
// rules, determinism) cannot be altered: the collation is dropped and
// created again.
const (
	CollationDefinition CollationChange = 1 << iota
	CollationComment
)

func (c CollationChange) String() string {
	return bitNames(uint32(c), []string{"definition", "comment"})
}

func (AddCollation) isChange()   {}
func (DropCollation) isChange()  {}
func (AlterCollation) isChange() {}

func (c AddCollation) String() string { return "add collation " + c.Collation.QName().String() }
func (c DropCollation) String() string {
	return "drop collation " + c.Collation.QName().String()
}
func (c AlterCollation) String() string {
	return "alter collation " + c.To.QName().String() + ": " + c.Change.String()
}

// ObjectName returns the qualified name of the collation.
func (c AddCollation) ObjectName() string { return c.Collation.QName().String() }

// ObjectName returns the qualified name of the collation.
func (c DropCollation) ObjectName() string { return c.Collation.QName().String() }

// ObjectName returns the qualified name of the collation.
func (c AlterCollation) ObjectName() string { return c.To.QName().String() }

func compareCollations(list []Change, from, to []*schema.Collation) []Change {
	mergeSorted(from, to, func(a, b *schema.Collation) int { return compareQName(a.QName(), b.QName()) },
		func(a, b *schema.Collation, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropCollation{a})
			case !hasA:
				list = append(list, AddCollation{b})
			default:
				var ch CollationChange
				x, y := *a, *b
				x.Comment, y.Comment = "", ""
				if !reflect.DeepEqual(x, y) {
					ch |= CollationDefinition
				}
				if a.Comment != b.Comment {
					ch |= CollationComment
				}
				if ch != 0 {
					list = append(list, AlterCollation{a, b, ch})
				}
			}
		})
	return list
}
