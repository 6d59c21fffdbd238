package ddl

import (
	"strconv"

	"github.com/stratadb/strata/schema"
)

// SetIndexStatistics returns the ALTER INDEX ... ALTER COLUMN n SET
// STATISTICS statements that turn the statistics targets of the keys from
// into those of to, for index name of table (in the table's schema): one
// per key whose target differs, -1 where to restores the default. from is
// nil for a new index.
func SetIndexStatistics(table schema.QName, name string, from, to []schema.IndexKey) []string {
	var out []string
	q := schema.QName{Schema: table.Schema, Name: name}
	for k, key := range to {
		var old *int
		if k < len(from) {
			old = from[k].Statistics
		}
		if sameTarget(old, key.Statistics) {
			continue
		}
		n := -1
		if key.Statistics != nil {
			n = *key.Statistics
		}
		out = append(out, "ALTER INDEX "+q.String()+" ALTER COLUMN "+strconv.Itoa(k+1)+" SET STATISTICS "+strconv.Itoa(n))
	}
	return out
}

// ElementKeys returns the keys of the elements of an exclusion constraint.
func ElementKeys(elems []schema.ExcludeElement) []schema.IndexKey {
	keys := make([]schema.IndexKey, len(elems))
	for i, e := range elems {
		keys[i] = e.Key
	}
	return keys
}

func sameTarget(a, b *int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
