package ddl

import (
	"slices"
	"strconv"
	"strings"

	"github.com/stratadb/strata/schema"
)

// CreateStatistics returns the CREATE STATISTICS statement of s: the kinds
// listed only when they are not all of them (as pg_get_statisticsobjdef
// prints it), columns then parenthesized expressions.
func CreateStatistics(s *schema.Statistics) string {
	var b strings.Builder
	b.WriteString("CREATE STATISTICS ")
	b.WriteString(s.QName().String())
	if len(s.Kinds) > 0 && !slices.Equal(s.Kinds, schema.StatisticsKinds) {
		b.WriteString(" (" + strings.Join(s.Kinds, ", ") + ")")
	}
	keys := make([]string, 0, len(s.Columns)+len(s.Exprs))
	for _, c := range s.Columns {
		keys = append(keys, schema.QuoteIdent(c))
	}
	for _, e := range s.Exprs {
		keys = append(keys, "("+e+")")
	}
	b.WriteString(" ON " + strings.Join(keys, ", "))
	b.WriteString(" FROM " + s.Table.String())
	return b.String()
}

// DropStatistics returns the DROP STATISTICS statement of s.
func DropStatistics(s *schema.Statistics) string {
	return "DROP STATISTICS " + s.QName().String()
}

// SetStatisticsTarget returns the ALTER STATISTICS ... SET STATISTICS
// statement that gives s its target (-1 for the default, which every
// supported major accepts).
func SetStatisticsTarget(s *schema.Statistics) string {
	n := -1
	if s.Target != nil {
		n = *s.Target
	}
	return "ALTER STATISTICS " + s.QName().String() + " SET STATISTICS " + strconv.Itoa(n)
}

// CommentOnStatistics returns the statement that sets the comment of
// statistics object s to text; "" removes it.
func CommentOnStatistics(s *schema.Statistics, text string) string {
	return commentOn("STATISTICS "+s.QName().String(), text)
}

// statisticsStatements returns every statement that creates s as the
// model has it: CREATE STATISTICS, its target and its comment.
func statisticsStatements(s *schema.Statistics) []string {
	out := []string{CreateStatistics(s)}
	if s.Target != nil {
		out = append(out, SetStatisticsTarget(s))
	}
	if s.Comment != "" {
		out = append(out, CommentOnStatistics(s, s.Comment))
	}
	return out
}

// renderStatistics adds the statistics objects of db, in name order.
func renderStatistics(s *script, db *schema.Database) {
	stats := slices.Clone(db.Statistics)
	slices.SortFunc(stats, func(a, b *schema.Statistics) int { return compareQNames(a.QName(), b.QName()) })
	for _, st := range stats {
		for _, stmt := range statisticsStatements(st) {
			s.add(stmt)
		}
	}
	s.section()
}
