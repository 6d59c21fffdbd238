package diff

import (
	"reflect"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddOperator creates an operator.
type AddOperator struct{ Operator *schema.Operator }

// DropOperator drops an operator.
type DropOperator struct{ Operator *schema.Operator }

// AlterOperator changes an operator.
type AlterOperator struct {
	From, To *schema.Operator
	Change   OperatorChange
}

// OperatorChange is the set of operator attributes that differ.
type OperatorChange uint32

// The attributes of an operator. OperatorDefinition (function,
// commutator, negator, estimators, HASHES, MERGES) is altered by dropping
// the operator and creating it again.
const (
	OperatorDefinition OperatorChange = 1 << iota
	OperatorComment
)

func (c OperatorChange) String() string {
	return bitNames(uint32(c), []string{"definition", "comment"})
}

func (AddOperator) isChange()   {}
func (DropOperator) isChange()  {}
func (AlterOperator) isChange() {}

func (c AddOperator) String() string  { return "add operator " + c.Operator.Signature() }
func (c DropOperator) String() string { return "drop operator " + c.Operator.Signature() }
func (c AlterOperator) String() string {
	return "alter operator " + c.To.Signature() + ": " + c.Change.String()
}

// ObjectName returns the operator's signature.
func (c AddOperator) ObjectName() string { return c.Operator.Signature() }

// ObjectName returns the operator's signature.
func (c DropOperator) ObjectName() string { return c.Operator.Signature() }

// ObjectName returns the operator's signature.
func (c AlterOperator) ObjectName() string { return c.To.Signature() }

func compareOperators(list []Change, from, to []*schema.Operator) []Change {
	mergeSorted(from, to, func(a, b *schema.Operator) int {
		if c := compareQName(a.QName(), b.QName()); c != 0 {
			return c
		}
		if c := strings.Compare(a.Left, b.Left); c != 0 {
			return c
		}
		return strings.Compare(a.Right, b.Right)
	}, func(a, b *schema.Operator, hasA, hasB bool) {
		switch {
		case !hasB:
			list = append(list, DropOperator{a})
		case !hasA:
			list = append(list, AddOperator{b})
		default:
			var ch OperatorChange
			x, y := *a, *b
			x.Comment, y.Comment = "", ""
			if !reflect.DeepEqual(x, y) {
				ch |= OperatorDefinition
			}
			if a.Comment != b.Comment {
				ch |= OperatorComment
			}
			if ch != 0 {
				list = append(list, AlterOperator{a, b, ch})
			}
		}
	})
	return list
}
