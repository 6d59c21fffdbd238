package ddl

import (
	"strconv"
	"strings"

	"github.com/stratadb/strata/schema"
)

// CreateSequence returns the CREATE SEQUENCE statement for s, with every
// option that differs from the default for its type and direction. OWNED BY
// is left out, because the owning table usually does not exist yet when the
// sequence is created (see AlterSequenceOwnedBy); so is the comment.
func CreateSequence(s *schema.Sequence) string {
	sql := "CREATE SEQUENCE " + s.QName().String()
	opts := sequenceOptions(s.Type, true, s.Start, s.Increment, s.Min, s.Max, s.Cache, s.Cycle)
	if len(opts) > 0 {
		sql += " " + strings.Join(opts, " ")
	}
	return sql
}

// AlterSequenceOwnedBy returns the ALTER SEQUENCE ... OWNED BY statement
// that ties s to its owning column, or OWNED BY NONE when s.OwnedBy is nil.
func AlterSequenceOwnedBy(s *schema.Sequence) string {
	owner := "NONE"
	if s.OwnedBy != nil {
		owner = s.OwnedBy.Table.String() + "." + schema.QuoteIdent(s.OwnedBy.Column)
	}
	return "ALTER SEQUENCE " + s.QName().String() + " OWNED BY " + owner
}

// sequenceOptions renders sequence options as SQL clauses in the order
// CREATE SEQUENCE documents them, leaving out each one that holds the value
// PostgreSQL would choose by itself for a sequence of type typ (one of
// smallint, integer, bigint). withType says whether to include AS typ, which
// an identity column's options never do: its type is the column's.
func sequenceOptions(typ string, withType bool, start, increment, minValue, maxValue, cache int64, cycle bool) []string {
	var opts []string
	if withType && typ != "" && typ != "bigint" {
		opts = append(opts, "AS "+typ)
	}
	lo, hi := typeBounds(typ)
	defMin, defMax := int64(1), hi
	if increment < 0 {
		defMin, defMax = lo, -1
	}
	defStart := minValue
	if increment < 0 {
		defStart = maxValue
	}
	if increment != 1 {
		opts = append(opts, "INCREMENT BY "+strconv.FormatInt(increment, 10))
	}
	if minValue != defMin {
		opts = append(opts, "MINVALUE "+strconv.FormatInt(minValue, 10))
	}
	if maxValue != defMax {
		opts = append(opts, "MAXVALUE "+strconv.FormatInt(maxValue, 10))
	}
	if start != defStart {
		opts = append(opts, "START WITH "+strconv.FormatInt(start, 10))
	}
	if cache != 1 {
		opts = append(opts, "CACHE "+strconv.FormatInt(cache, 10))
	}
	if cycle {
		opts = append(opts, "CYCLE")
	}
	return opts
}
