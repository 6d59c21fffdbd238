package inspect

import (
	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// readSequences reads the sequences that do not belong to an identity
// column, with their OWNED BY column.
func readSequences(r *reader, cat *catalogRows) error {
	return r.each("sequences", func(rows pgx.Rows) error {
		var s schema.Sequence
		var ownSchema, ownTable, ownColumn, comment *string
		if err := rows.Scan(&s.Schema, &s.Name, &s.Type,
			&s.Start, &s.Increment, &s.Min, &s.Max, &s.Cache, &s.Cycle,
			&ownSchema, &ownTable, &ownColumn, &comment); err != nil {
			return err
		}
		if ownTable != nil && ownColumn != nil {
			s.OwnedBy = &schema.ColumnRef{
				Table:  schema.QName{Schema: str(ownSchema), Name: *ownTable},
				Column: *ownColumn,
			}
		}
		s.Comment = str(comment)
		cat.db.Sequences = append(cat.db.Sequences, &s)
		return nil
	})
}
