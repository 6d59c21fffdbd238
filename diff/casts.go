package diff

import (
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddCast creates a cast.
type AddCast struct{ Cast *schema.Cast }

// DropCast drops a cast.
type DropCast struct{ Cast *schema.Cast }

// AlterCast changes a cast.
type AlterCast struct {
	From, To *schema.Cast
	Change   CastChange
}

// CastChange is the set of cast attributes that differ.
type CastChange uint32

// The attributes of a cast. CastDefinition (method, function, context)
// cannot be altered: the cast is dropped and created again.
const (
	CastDefinition CastChange = 1 << iota
	CastComment
)

func (c CastChange) String() string { return bitNames(uint32(c), []string{"definition", "comment"}) }

func (AddCast) isChange()   {}
func (DropCast) isChange()  {}
func (AlterCast) isChange() {}

func (c AddCast) String() string   { return "add cast " + c.Cast.Key() }
func (c DropCast) String() string  { return "drop cast " + c.Cast.Key() }
func (c AlterCast) String() string { return "alter cast " + c.To.Key() + ": " + c.Change.String() }

// ObjectName returns the cast's identity, "(source AS target)".
func (c AddCast) ObjectName() string { return c.Cast.Key() }

// ObjectName returns the cast's identity, "(source AS target)".
func (c DropCast) ObjectName() string { return c.Cast.Key() }

// ObjectName returns the cast's identity, "(source AS target)".
func (c AlterCast) ObjectName() string { return c.To.Key() }

func compareCasts(list []Change, from, to []*schema.Cast) []Change {
	mergeSorted(from, to, func(a, b *schema.Cast) int {
		if c := strings.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		return strings.Compare(a.Target, b.Target)
	}, func(a, b *schema.Cast, hasA, hasB bool) {
		switch {
		case !hasB:
			list = append(list, DropCast{a})
		case !hasA:
			list = append(list, AddCast{b})
		default:
			var ch CastChange
			if a.Method != b.Method || a.Function != b.Function || a.Context != b.Context {
				ch |= CastDefinition
			}
			if a.Comment != b.Comment {
				ch |= CastComment
			}
			if ch != 0 {
				list = append(list, AlterCast{a, b, ch})
			}
		}
	})
	return list
}
