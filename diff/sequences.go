package diff

import (
	"strconv"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddSequence creates a sequence.
type AddSequence struct{ Sequence *schema.Sequence }

// DropSequence drops a sequence.
type DropSequence struct{ Sequence *schema.Sequence }

// AlterSequence changes a sequence's options, owner or comment.
type AlterSequence struct {
	From, To *schema.Sequence
	Change   SequenceChange
}

// SequenceChange is the set of sequence attributes that differ.
type SequenceChange uint32

// The attributes of a sequence.
const (
	SequenceType SequenceChange = 1 << iota
	SequenceStart
	SequenceIncrement
	SequenceMin
	SequenceMax
	SequenceCache
	SequenceCycle
	SequenceOwnedBy
	SequenceComment
)

// SequenceOptions are the attributes ALTER SEQUENCE sets as options.
const SequenceOptions = SequenceType | SequenceStart | SequenceIncrement | SequenceMin | SequenceMax | SequenceCache | SequenceCycle

func (c SequenceChange) String() string {
	return bitNames(uint32(c), []string{"type", "start", "increment", "min", "max", "cache", "cycle", "owned by", "comment"})
}

func (AddSequence) isChange()   {}
func (DropSequence) isChange()  {}
func (AlterSequence) isChange() {}

func (c AddSequence) String() string  { return "add sequence " + c.Sequence.QName().String() }
func (c DropSequence) String() string { return "drop sequence " + c.Sequence.QName().String() }
func (c AlterSequence) String() string {
	var parts []string
	num := func(bit SequenceChange, name string, a, b int64) {
		if c.Change&bit != 0 {
			parts = append(parts, name+" "+strconv.FormatInt(a, 10)+" -> "+strconv.FormatInt(b, 10))
		}
	}
	if c.Change&SequenceType != 0 {
		parts = append(parts, "type "+c.From.Type+" -> "+c.To.Type)
	}
	num(SequenceStart, "start", c.From.Start, c.To.Start)
	num(SequenceIncrement, "increment", c.From.Increment, c.To.Increment)
	num(SequenceMin, "min", c.From.Min, c.To.Min)
	num(SequenceMax, "max", c.From.Max, c.To.Max)
	num(SequenceCache, "cache", c.From.Cache, c.To.Cache)
	if c.Change&SequenceCycle != 0 {
		parts = append(parts, "cycle "+strconv.FormatBool(c.From.Cycle)+" -> "+strconv.FormatBool(c.To.Cycle))
	}
	if c.Change&SequenceOwnedBy != 0 {
		parts = append(parts, "owned by "+columnRef(c.From.OwnedBy)+" -> "+columnRef(c.To.OwnedBy))
	}
	if c.Change&SequenceComment != 0 {
		parts = append(parts, "comment "+quoted(c.From.Comment)+" -> "+quoted(c.To.Comment))
	}
	return "alter sequence " + c.To.QName().String() + ": " + strings.Join(parts, "; ")
}

func columnRef(r *schema.ColumnRef) string {
	if r == nil {
		return "none"
	}
	return r.Table.String() + "." + schema.QuoteIdent(r.Column)
}

func compareSequences(list []Change, from, to []*schema.Sequence) []Change {
	mergeSorted(from, to, func(a, b *schema.Sequence) int { return compareQName(a.QName(), b.QName()) },
		func(a, b *schema.Sequence, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropSequence{a})
			case !hasA:
				list = append(list, AddSequence{b})
			default:
				if ch := sequenceChange(a, b); ch != 0 {
					list = append(list, AlterSequence{a, b, ch})
				}
			}
		})
	return list
}

func sequenceChange(a, b *schema.Sequence) SequenceChange {
	var ch SequenceChange
	set := func(bit SequenceChange, differ bool) {
		if differ {
			ch |= bit
		}
	}
	set(SequenceType, a.Type != b.Type)
	set(SequenceStart, a.Start != b.Start)
	set(SequenceIncrement, a.Increment != b.Increment)
	set(SequenceMin, a.Min != b.Min)
	set(SequenceMax, a.Max != b.Max)
	set(SequenceCache, a.Cache != b.Cache)
	set(SequenceCycle, a.Cycle != b.Cycle)
	set(SequenceOwnedBy, !equalRef(a.OwnedBy, b.OwnedBy))
	set(SequenceComment, a.Comment != b.Comment)
	return ch
}

func equalRef(a, b *schema.ColumnRef) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
