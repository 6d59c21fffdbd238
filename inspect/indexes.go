package inspect

import (
	"fmt"

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

	// Conversion result, filled by convertIndexes.
	result *schema.Index
	err    error
}

// readIndexes reads the indexes that back no constraint and were not cloned
// onto a partition, and attaches them to their table. The rows come ordered
// by table, so a table's indexes are converted as soon as the next table's
// start.
func readIndexes(r *reader, cat *catalogRows) error {
	var cur *tableRow
	flush := func() {
		if tr := cur; tr != nil {
			r.pool.submit(func() { convertIndexes(tr) })
		}
	}
	err := r.each("indexes", func(rows pgx.Rows) error {
		var rel uint32
		var ix indexRow
		var comment *string
		if err := rows.Scan(&rel, &ix.name, &ix.def, &ix.options, &comment); err != nil {
			return err
		}
		ix.comment = str(comment)
		tr := cat.tableByOID[rel]
		if tr == nil {
			return fmt.Errorf("index %s of a table the tables query did not return (oid %d)", ix.name, rel)
		}
		if tr != cur {
			if len(tr.indexes) > 0 {
				return fmt.Errorf("indexes of table %s not ordered by table", tr.table.QName())
			}
			flush()
			cur = tr
		}
		tr.indexes = append(tr.indexes, ix)
		return nil
	})
	if err != nil {
		return err
	}
	flush()
	return nil
}
