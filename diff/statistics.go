package diff

import (
	"reflect"

	"github.com/stratadb/strata/schema"
)

// AddStatistics creates an extended statistics object.
type AddStatistics struct{ Statistics *schema.Statistics }

// DropStatistics drops an extended statistics object.
type DropStatistics struct{ Statistics *schema.Statistics }

// AlterStatistics changes an extended statistics object.
type AlterStatistics struct {
	From, To *schema.Statistics
	Change   StatisticsChange
}

// StatisticsChange is the set of statistics object attributes that differ.
type StatisticsChange uint32

// The attributes of a statistics object. StatisticsDefinition (table,
// kinds, columns, expressions) is altered by dropping the object and
// creating it again; the target and the comment change in place.
const (
	StatisticsDefinition StatisticsChange = 1 << iota
	StatisticsTarget
	StatisticsComment
)

func (c StatisticsChange) String() string {
	return bitNames(uint32(c), []string{"definition", "target", "comment"})
}

func (AddStatistics) isChange()   {}
func (DropStatistics) isChange()  {}
func (AlterStatistics) isChange() {}

func (c AddStatistics) String() string {
	return "add statistics " + c.Statistics.QName().String()
}
func (c DropStatistics) String() string {
	return "drop statistics " + c.Statistics.QName().String()
}
func (c AlterStatistics) String() string {
	return "alter statistics " + c.To.QName().String() + ": " + c.Change.String()
}

// ObjectName returns the statistics object's qualified name.
func (c AddStatistics) ObjectName() string { return c.Statistics.QName().String() }

// ObjectName returns the statistics object's qualified name.
func (c DropStatistics) ObjectName() string { return c.Statistics.QName().String() }

// ObjectName returns the statistics object's qualified name.
func (c AlterStatistics) ObjectName() string { return c.To.QName().String() }

// compareStatistics compares the extended statistics objects by qualified
// name.
func compareStatistics(list []Change, from, to []*schema.Statistics) []Change {
	mergeSorted(from, to, func(a, b *schema.Statistics) int {
		return compareQName(a.QName(), b.QName())
	}, func(a, b *schema.Statistics, hasA, hasB bool) {
		switch {
		case !hasB:
			list = append(list, DropStatistics{a})
		case !hasA:
			list = append(list, AddStatistics{b})
		default:
			var ch StatisticsChange
			x, y := *a, *b
			x.Target, y.Target, x.Comment, y.Comment = nil, nil, "", ""
			if !reflect.DeepEqual(x, y) {
				ch |= StatisticsDefinition
			}
			if !reflect.DeepEqual(a.Target, b.Target) {
				ch |= StatisticsTarget
			}
			if a.Comment != b.Comment {
				ch |= StatisticsComment
			}
			if ch != 0 {
				list = append(list, AlterStatistics{a, b, ch})
			}
		}
	})
	return list
}
