package plan

import (
	"strconv"
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

func (b *builder) addSequence(c diff.AddSequence) {
	s := c.Sequence
	q := s.QName()
	b.add(&node{sql: ddl.CreateSequence(s), object: q.String(), kind: "create sequence", phase: phaseSequence, change: c,
		requires: []string{rSchema(s.Schema)}, provides: []string{rSeq(q), rRel(q)}})
	if s.OwnedBy != nil {
		b.ownedBy(c, s, nil)
	}
	if s.Comment != "" {
		b.comment(c, q.String(), "sequence", ddl.CommentOnSequence(q, s.Comment), rSeq(q))
	}
}

// ownedBy adds ALTER SEQUENCE ... OWNED BY for s, after its new owner
// column exists and before the old one (if any) is dropped.
func (b *builder) ownedBy(c diff.Change, s *schema.Sequence, old *schema.ColumnRef) {
	n := &node{sql: ddl.AlterSequenceOwnedBy(s), object: s.QName().String(), kind: "set sequence owner", phase: phaseAfter, change: c,
		requires: []string{rSeq(s.QName())}}
	if s.OwnedBy != nil {
		n.requires = append(n.requires, rTable(s.OwnedBy.Table), rColumn(s.OwnedBy.Table, s.OwnedBy.Column))
	}
	if old != nil {
		n.releases = []string{rColumn(old.Table, old.Column), rTable(old.Table)}
		if s.OwnedBy == nil {
			n.phase = phaseDropForeignKey
		}
	}
	b.add(n)
}

// ownerDropped reports whether the column owning s goes away in the plan,
// taking s with it.
func (b *builder) ownerDropped(s *schema.Sequence) bool {
	if s.OwnedBy == nil {
		return false
	}
	return b.droppedTables[s.OwnedBy.Table] || b.droppedColumns[*s.OwnedBy]
}

func (b *builder) dropSequence(c diff.DropSequence) {
	s := c.Sequence
	q := s.QName()
	if b.ownerDropped(s) {
		// DROP TABLE or DROP COLUMN of the owner drops it (see ownedSequences).
		return
	}
	b.add(&node{sql: "DROP SEQUENCE " + q.String(), object: q.String(), kind: "drop sequence", phase: phaseDropSequence, change: c,
		removes: []string{rSeq(q), rRel(q)}, releases: []string{rSchema(s.Schema)}})
}

// ownedSequences returns the resources of the sequences owned by column
// (or any column when column is "") of table t that the plan drops: they
// go away with the column.
func (b *builder) ownedSequences(t schema.QName, column string) []string {
	var rs []string
	for _, s := range b.from.Sequences {
		if s.OwnedBy != nil && s.OwnedBy.Table == t && (column == "" || s.OwnedBy.Column == column) {
			rs = append(rs, rSeq(s.QName()), rRel(s.QName()))
		}
	}
	return rs
}

func (b *builder) alterSequence(c diff.AlterSequence) {
	q := c.To.QName()
	if c.Change&diff.SequenceOptions != 0 {
		b.add(&node{sql: "ALTER SEQUENCE " + q.String() + " " + strings.Join(sequenceOptionChanges(c.From, c.To), " "),
			object: q.String(), kind: "alter sequence", phase: phaseSequence, change: c, provides: []string{rSeq(q)}})
	}
	if c.Change&diff.SequenceOwnedBy != 0 {
		b.ownedBy(c, c.To, c.From.OwnedBy)
	}
	if c.Change&diff.SequenceComment != 0 {
		b.comment(c, q.String(), "sequence", ddl.CommentOnSequence(q, c.To.Comment), rSeq(q))
	}
}

// seqOptions are the options a sequence and an identity column share.
type seqOptions struct {
	start, increment, min, max, cache int64
	cycle                             bool
}

// sequenceOptions returns the options of sequence s.
func sequenceOptions(s *schema.Sequence) seqOptions {
	return seqOptions{s.Start, s.Increment, s.Min, s.Max, s.Cache, s.Cycle}
}

// identityOptions returns the options of identity id's sequence.
func identityOptions(id *schema.Identity) seqOptions {
	return seqOptions{id.Start, id.Increment, id.Min, id.Max, id.Cache, id.Cycle}
}

// seqOptionChanges returns the clauses that turn options a into b, each
// preceded by set ("SET " inside ALTER COLUMN ... for an identity, "" for
// ALTER SEQUENCE), with RESTART WITH when the old position falls outside
// the new bounds.
func seqOptionChanges(a, b seqOptions, set string) []string {
	var opts []string
	num := func(differ bool, clause string, v int64) {
		if differ {
			opts = append(opts, set+clause+" "+strconv.FormatInt(v, 10))
		}
	}
	num(a.increment != b.increment, "INCREMENT BY", b.increment)
	num(a.min != b.min, "MINVALUE", b.min)
	num(a.max != b.max, "MAXVALUE", b.max)
	num(a.start != b.start, "START WITH", b.start)
	num(a.cache != b.cache, "CACHE", b.cache)
	if a.cycle != b.cycle {
		if b.cycle {
			opts = append(opts, set+"CYCLE")
		} else {
			opts = append(opts, set+"NO CYCLE")
		}
	}
	if restart(a.start, b.min, b.max) {
		opts = append(opts, "RESTART WITH "+strconv.FormatInt(b.start, 10))
	}
	return opts
}

// sequenceOptionChanges returns the ALTER SEQUENCE clauses that turn the
// options of a into those of b.
func sequenceOptionChanges(a, b *schema.Sequence) []string {
	var opts []string
	if a.Type != b.Type {
		opts = append(opts, "AS "+b.Type)
	}
	return append(opts, seqOptionChanges(sequenceOptions(a), sequenceOptions(b), "")...)
}

// restart reports whether a sequence that started at start must restart
// (at its new start) because its new bounds exclude the old start: the
// current value of a sequence not used yet is its start, and PostgreSQL
// refuses bounds that exclude the current value.
func restart(start, minValue, maxValue int64) bool {
	return start < minValue || start > maxValue
}
