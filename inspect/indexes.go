package inspect

import (
	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// indexRow is one row of the indexes query.
type indexRow struct {
	name string
	// def is pg_get_indexdef.
	def string
	// options are the index's reloptions.
	options []string
	comment string
	// stats are the statistics targets of the index's attributes, -1 for
	// the default; nil when all are the default.
	stats []int32
	// invalid is true when pg_index.indisvalid is false.
	invalid bool

	// Conversion result, filled by convertIndexes.
	result *schema.Index
	err    error
}

// relIndex is an index row with the OID of its table.
type relIndex struct {
	rel uint32
	indexRow
}

// fetchIndexes runs the indexes query: the indexes that back no constraint
// and were not cloned onto a partition, ordered by table.
func fetchIndexes(r *reader) ([]relIndex, error) {
	var out []relIndex
	err := r.each("indexes", func(rows pgx.Rows) error {
		var ix relIndex
		var comment *string
		if err := rows.Scan(&ix.rel, &ix.name, &ix.def, &ix.options, &comment, &ix.stats, &ix.invalid); err != nil {
			return err
		}
		ix.comment = str(comment)
		out = append(out, ix)
		return nil
	})
	return out, err
}

// attachIndexes attaches fetched indexes to their tables and hands each
// table's indexes to the pool for conversion once they are all there.
func attachIndexes(rows []relIndex, cat *catalogRows, p *pool) error {
	return attachByTable(cat, rows, "index",
		func(ix relIndex) (uint32, string) { return ix.rel, ix.name },
		func(tr *tableRow, ix relIndex) { tr.indexes = append(tr.indexes, ix.indexRow) },
		func(tr *tableRow) { p.submit(func() { convertIndexes(tr, cat.defs) }) })
}
