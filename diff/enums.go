package diff

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddEnum creates an enum type.
type AddEnum struct{ Enum *schema.Enum }

// DropEnum drops an enum type.
type DropEnum struct{ Enum *schema.Enum }

// AlterEnum changes an enum type's labels or comment.
type AlterEnum struct {
	From, To *schema.Enum
	Change   EnumChange
}

// EnumChange is the set of enum attributes that differ.
type EnumChange uint32

// The attributes of an enum. EnumValues means the labels differ;
// AlterEnum.Appendable tells whether only new labels were inserted.
const (
	EnumValues EnumChange = 1 << iota
	EnumComment
)

func (c EnumChange) String() string { return bitNames(uint32(c), []string{"values", "comment"}) }

func (AddEnum) isChange()   {}
func (DropEnum) isChange()  {}
func (AlterEnum) isChange() {}

func (c AddEnum) String() string {
	return "add enum " + c.Enum.QName().String() + " (" + strings.Join(c.Enum.Values, ", ") + ")"
}
func (c DropEnum) String() string { return "drop enum " + c.Enum.QName().String() }
func (c AlterEnum) String() string {
	var parts []string
	if c.Change&EnumValues != 0 {
		parts = append(parts, "values ("+strings.Join(c.From.Values, ", ")+") -> ("+strings.Join(c.To.Values, ", ")+")")
	}
	if c.Change&EnumComment != 0 {
		parts = append(parts, "comment "+quoted(c.From.Comment)+" -> "+quoted(c.To.Comment))
	}
	return "alter enum " + c.To.QName().String() + ": " + strings.Join(parts, "; ")
}

// Appendable reports whether the new labels keep every old label in the old
// relative order, so that ALTER TYPE ... ADD VALUE alone reaches them; when
// it is false, labels were removed or reordered.
func (c AlterEnum) Appendable() bool {
	i := 0
	for _, v := range c.To.Values {
		if i < len(c.From.Values) && c.From.Values[i] == v {
			i++
		} else if slices.Contains(c.From.Values, v) {
			return false
		}
	}
	return i == len(c.From.Values)
}

func compareEnums(list []Change, from, to []*schema.Enum) []Change {
	mergeSorted(from, to, func(a, b *schema.Enum) int { return compareQName(a.QName(), b.QName()) },
		func(a, b *schema.Enum, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropEnum{a})
			case !hasA:
				list = append(list, AddEnum{b})
			default:
				var ch EnumChange
				if !slices.Equal(a.Values, b.Values) {
					ch |= EnumValues
				}
				if a.Comment != b.Comment {
					ch |= EnumComment
				}
				if ch != 0 {
					list = append(list, AlterEnum{a, b, ch})
				}
			}
		})
	return list
}
