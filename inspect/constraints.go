package inspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// constraintRow is one row of the constraints query.
type constraintRow struct {
	name string
	// def is pg_get_constraintdef.
	def string
	// indexOptions are the reloptions of the index behind a primary key,
	// unique or exclusion constraint.
	indexOptions []string
	comment      string
	// indexComment is the comment of the index behind a primary key,
	// unique or exclusion constraint.
	indexComment string

	// Conversion result, filled by convertConstraints.
	result *schema.Constraint
	err    error
}

// readConstraints reads the table constraints other than NOT NULL and
// attaches them to their table. The rows come ordered by table, so a
// table's constraints are converted as soon as the next table's start.
func readConstraints(r *reader, cat *catalogRows) error {
	var cur *tableRow
	flush := func() {
		if tr := cur; tr != nil {
			r.pool.submit(func() { convertConstraints(tr) })
		}
	}
	err := r.each("constraints", func(rows pgx.Rows) error {
		var rel uint32
		var c constraintRow
		var comment, indexComment *string
		if err := rows.Scan(&rel, &c.name, &c.def, &c.indexOptions, &comment, &indexComment); err != nil {
			return err
		}
		c.comment, c.indexComment = str(comment), str(indexComment)
		tr := cat.tableByOID[rel]
		if tr == nil {
			return fmt.Errorf("constraint %s of a table the tables query did not return (oid %d)", c.name, rel)
		}
		if tr != cur {
			if len(tr.constraints) > 0 {
				return fmt.Errorf("constraints of table %s not ordered by table", tr.table.QName())
			}
			flush()
			cur = tr
		}
		tr.constraints = append(tr.constraints, c)
		return nil
	})
	if err != nil {
		return err
	}
	flush()
	return nil
}
