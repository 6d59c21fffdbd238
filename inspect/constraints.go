package inspect

import (
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
	// indexStats are the statistics targets of the attributes of an
	// exclusion constraint's index (see indexRow.stats).
	indexStats []int32

	// Conversion result, filled by convertConstraints.
	result *schema.Constraint
	err    error
}

// relConstraint is a constraint row with the OID of its table.
type relConstraint struct {
	rel uint32
	constraintRow
}

// fetchConstraints runs the constraints query: the table constraints other
// than NOT NULL, ordered by table.
func fetchConstraints(r *reader) ([]relConstraint, error) {
	var out []relConstraint
	err := r.each("constraints", func(rows pgx.Rows) error {
		var c relConstraint
		var comment, indexComment *string
		if err := rows.Scan(&c.rel, &c.name, &c.def, &c.indexOptions, &comment, &indexComment, &c.indexStats); err != nil {
			return err
		}
		c.comment, c.indexComment = str(comment), str(indexComment)
		out = append(out, c)
		return nil
	})
	return out, err
}

// attachConstraints attaches fetched constraints to their tables and hands
// each table's constraints to the pool for conversion once they are all
// there.
func attachConstraints(rows []relConstraint, cat *catalogRows, p *pool) error {
	return attachByTable(cat, rows, "constraint",
		func(c relConstraint) (uint32, string) { return c.rel, c.name },
		func(tr *tableRow, c relConstraint) { tr.constraints = append(tr.constraints, c.constraintRow) },
		func(tr *tableRow) { p.submit(func() { convertConstraints(tr, cat.defs) }) })
}
