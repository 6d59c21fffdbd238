package diff

import (
	"reflect"

	"github.com/stratadb/strata/schema"
)

// AddOperatorFamily creates an operator family with its loose members.
type AddOperatorFamily struct{ Family *schema.OperatorFamily }

// DropOperatorFamily drops an operator family (and its classes).
type DropOperatorFamily struct{ Family *schema.OperatorFamily }

// AlterOperatorFamily changes the loose members or the comment of an
// operator family.
type AlterOperatorFamily struct {
	From, To *schema.OperatorFamily
	Change   OperatorFamilyChange
}

// OperatorFamilyChange is the set of operator family attributes that
// differ.
type OperatorFamilyChange uint32

// The attributes of an operator family: its loose members (added and
// dropped one by one) and its comment.
const (
	OperatorFamilyMembers OperatorFamilyChange = 1 << iota
	OperatorFamilyComment
)

func (c OperatorFamilyChange) String() string {
	return bitNames(uint32(c), []string{"members", "comment"})
}

// AddOperatorClass creates an operator class with the members tied to it.
type AddOperatorClass struct{ Class *schema.OperatorClass }

// DropOperatorClass drops an operator class (and the members tied to it).
type DropOperatorClass struct{ Class *schema.OperatorClass }

// AlterOperatorClass changes an operator class.
type AlterOperatorClass struct {
	From, To *schema.OperatorClass
	Change   OperatorClassChange
}

// OperatorClassChange is the set of operator class attributes that
// differ.
type OperatorClassChange uint32

// The attributes of an operator class. OperatorClassDefinition (type,
// DEFAULT, family, storage, members) is altered by dropping the class and
// creating it again.
const (
	OperatorClassDefinition OperatorClassChange = 1 << iota
	OperatorClassComment
)

func (c OperatorClassChange) String() string {
	return bitNames(uint32(c), []string{"definition", "comment"})
}

func (AddOperatorFamily) isChange()   {}
func (DropOperatorFamily) isChange()  {}
func (AlterOperatorFamily) isChange() {}
func (AddOperatorClass) isChange()    {}
func (DropOperatorClass) isChange()   {}
func (AlterOperatorClass) isChange()  {}

func (c AddOperatorFamily) String() string  { return "add operator family " + c.Family.Key() }
func (c DropOperatorFamily) String() string { return "drop operator family " + c.Family.Key() }
func (c AlterOperatorFamily) String() string {
	return "alter operator family " + c.To.Key() + ": " + c.Change.String()
}
func (c AddOperatorClass) String() string  { return "add operator class " + c.Class.Key() }
func (c DropOperatorClass) String() string { return "drop operator class " + c.Class.Key() }
func (c AlterOperatorClass) String() string {
	return "alter operator class " + c.To.Key() + ": " + c.Change.String()
}

// ObjectName returns the family's name and method.
func (c AddOperatorFamily) ObjectName() string { return c.Family.Key() }

// ObjectName returns the family's name and method.
func (c DropOperatorFamily) ObjectName() string { return c.Family.Key() }

// ObjectName returns the family's name and method.
func (c AlterOperatorFamily) ObjectName() string { return c.To.Key() }

// ObjectName returns the class's name and method.
func (c AddOperatorClass) ObjectName() string { return c.Class.Key() }

// ObjectName returns the class's name and method.
func (c DropOperatorClass) ObjectName() string { return c.Class.Key() }

// ObjectName returns the class's name and method.
func (c AlterOperatorClass) ObjectName() string { return c.To.Key() }

// compareOpClasses compares the operator families, then the operator
// classes, matched by qualified name and method.
func compareOpClasses(list []Change, from, to *schema.Database) []Change {
	mergeSorted(from.OperatorFamilies, to.OperatorFamilies, func(a, b *schema.OperatorFamily) int {
		if c := compareQName(a.QName(), b.QName()); c != 0 {
			return c
		}
		return compareStrings(a.Method, b.Method)
	}, func(a, b *schema.OperatorFamily, hasA, hasB bool) {
		switch {
		case !hasB:
			list = append(list, DropOperatorFamily{a})
		case !hasA:
			list = append(list, AddOperatorFamily{b})
		default:
			var ch OperatorFamilyChange
			if !reflect.DeepEqual(a.Operators, b.Operators) || !reflect.DeepEqual(a.Functions, b.Functions) {
				ch |= OperatorFamilyMembers
			}
			if a.Comment != b.Comment {
				ch |= OperatorFamilyComment
			}
			if ch != 0 {
				list = append(list, AlterOperatorFamily{a, b, ch})
			}
		}
	})
	mergeSorted(from.OperatorClasses, to.OperatorClasses, func(a, b *schema.OperatorClass) int {
		if c := compareQName(a.QName(), b.QName()); c != 0 {
			return c
		}
		return compareStrings(a.Method, b.Method)
	}, func(a, b *schema.OperatorClass, hasA, hasB bool) {
		switch {
		case !hasB:
			list = append(list, DropOperatorClass{a})
		case !hasA:
			list = append(list, AddOperatorClass{b})
		default:
			var ch OperatorClassChange
			x, y := *a, *b
			x.Comment, y.Comment = "", ""
			if !reflect.DeepEqual(x, y) {
				ch |= OperatorClassDefinition
			}
			if a.Comment != b.Comment {
				ch |= OperatorClassComment
			}
			if ch != 0 {
				list = append(list, AlterOperatorClass{a, b, ch})
			}
		}
	})
	return list
}

// compareStrings orders two strings.
func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
