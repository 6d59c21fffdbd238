package schema

import "slices"

// Statistics kinds, as stored in Statistics.Kinds, in the order
// PostgreSQL stores and prints them (pg_statistic_ext.stxkind 'd', 'f',
// 'm').
const (
	StatisticsNDistinct    = "ndistinct"
	StatisticsDependencies = "dependencies"
	StatisticsMCV          = "mcv"
)

// StatisticsKinds lists every statistics kind in PostgreSQL's order: what
// CREATE STATISTICS without a kind list builds.
var StatisticsKinds = []string{StatisticsNDistinct, StatisticsDependencies, StatisticsMCV}

// Statistics is an extended statistics object (CREATE STATISTICS). It
// lives in a schema of its own, which need not be its table's.
type Statistics struct {
	// Schema is the schema the statistics object lives in.
	Schema string `json:"schema"`
	// Name is the statistics object's name.
	Name string `json:"name"`
	// Table is the relation the statistics are on: a table (partitioned
	// or not), a materialized view or a foreign table.
	Table QName `json:"table"`
	// Kinds are the statistics kinds built, among StatisticsNDistinct,
	// StatisticsDependencies and StatisticsMCV, in that order. An object
	// on a single expression has none (PostgreSQL builds only the
	// expression's own statistics).
	Kinds []string `json:"kinds,omitempty"`
	// Columns are the plain column keys, in the table's column order (the
	// order of pg_statistic_ext.stxkeys, whatever the statement's order).
	Columns []string `json:"columns,omitempty"`
	// Exprs are the canonical expression keys, in the statement's order
	// (PostgreSQL 14+).
	Exprs []string `json:"exprs,omitempty"`
	// Target is the statistics target set with ALTER STATISTICS ... SET
	// STATISTICS, or nil for the default (-1, or NULL from PostgreSQL 17).
	Target *int `json:"target,omitempty"`
	// Comment is the COMMENT ON STATISTICS text; empty when there is none.
	Comment string `json:"comment,omitempty"`
}

// QName returns the statistics object's qualified name.
func (s *Statistics) QName() QName { return QName{s.Schema, s.Name} }

// normalizeStatistics sorts the statistics objects by qualified name.
func normalizeStatistics(db *Database) {
	slices.SortFunc(db.Statistics, func(a, b *Statistics) int { return compareQName(a.QName(), b.QName()) })
	for _, s := range db.Statistics {
		s.Kinds, s.Columns, s.Exprs = nilIfEmpty(s.Kinds), nilIfEmpty(s.Columns), nilIfEmpty(s.Exprs)
	}
	db.Statistics = nilIfEmpty(db.Statistics)
}
