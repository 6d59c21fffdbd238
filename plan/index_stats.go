package plan

import (
	"slices"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// indexStatistics adds the ALTER INDEX ... ALTER COLUMN n SET STATISTICS
// steps that turn the statistics targets of the keys from (nil for a new
// index) into those of to, for index name of table q, once needs exist.
func (b *builder) indexStatistics(c diff.Change, q schema.QName, name string, from, to []schema.IndexKey, needs ...string) {
	for _, sql := range ddl.SetIndexStatistics(q, name, from, to) {
		b.add(&node{sql: sql, object: inSchema(q, name).String(), kind: "set index statistics", phase: phaseAfter, change: c,
			requires: needs})
	}
}

// keysWithoutTargets returns a copy of keys without their statistics
// targets, which change in place.
func keysWithoutTargets(keys []schema.IndexKey) []schema.IndexKey {
	out := slices.Clone(keys)
	for i := range out {
		out[i].Statistics = nil
	}
	return out
}
